package cn.zhifa.exam.web;

import cn.zhifa.exam.mapper.CandidateRow;
import cn.zhifa.exam.service.ExamInput;
import cn.zhifa.exam.service.ExamService;
import cn.zhifa.exam.service.ExamView;
import cn.zhifa.exam.service.ResultService;
import cn.zhifa.exam.service.SittingService;
import cn.zhifa.exam.service.SittingView;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * Exams (执法资格考试): scheduled by the judicial bureau, candidates registered by it or HR, sat by officers:
 * <pre>
 * curl -s -X POST localhost:8080/api/v1/exams -H "Authorization: Bearer $JUDICIAL" -H 'Content-Type: application/json' \
 *   -d '{"name":"2027年第一次综合法律知识考试","kind":"COMPREHENSIVE_LAW","blueprint":[{"difficulty":"EASY","count":20},
 *        {"difficulty":"MEDIUM","count":20},{"difficulty":"HARD","count":10}],"opensAt":"2027-03-01T09:00:00+08:00",
 *        "closesAt":"2027-03-01T12:00:00+08:00","durationMinutes":90,"passMark":60}'
 * {"commitment":"9f2c…","id":4,"poolHash":"51d0…","seed":null,"state":"SCHEDULED",…}
 * curl -s -X POST localhost:8080/api/v1/exams/4/candidates -H "Authorization: Bearer $HR" \
 *   -H 'Content-Type: application/json' -d '{"officerIds":[51,52]}'
 * {"alreadyRegistered":0,"exempt":[52],"registered":2}
 * curl -s -X POST localhost:8080/api/v1/exams/4/sittings -H "Authorization: Bearer $OFFICER_51" \
 *   -H 'Content-Type: application/json' -d '{"device":"phone-7f3a"}'
 * {"endsAt":"2027-03-01T10:30:00+08:00","id":9,"questions":[{"id":118,"options":[{"key":"A","text":"…"},…],…}],…}
 * curl -s localhost:8080/api/v1/exams/4/results -H "Authorization: Bearer $JUDICIAL" -H 'Accept: text/csv'
 * curl -s localhost:8080/api/v1/exams/4/item-analysis -H "Authorization: Bearer $JUDICIAL"
 * </pre>
 */
@Path("/api/v1/exams")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exams")
public class ExamResource {
    private static final MediaType XLSX = MediaType.valueOf(TableFormat.XLSX_TYPE);
    private static final String NOT_VISIBLE = "AGENCY_OUT_OF_SCOPE: an exam whose area shares no agency with the "
            + "caller's";

    private final ExamService exams;
    private final SittingService sittings;
    private final ResultService results;
    private final CurrentActor actor;

    @Inject
    public ExamResource(ExamService exams, SittingService sittings, ResultService results, CurrentActor actor) {
        this.exams = exams;
        this.sittings = sittings;
        this.results = results;
        this.actor = actor;
    }

    /** The device a sitting is started or resumed on (any stable id the page keeps; absent: "unnamed"). */
    public record StartInput(String device) {
    }

    @POST
    @RolesAllowed(Roles.JUDICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule an exam: the secret seed is committed (commitment shown), the pool frozen (hash shown)")
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[] (EXAM_OPENS_IN_PAST, "
            + "EXAM_WINDOW_INVALID, EXAM_DURATION_INVALID, EXAM_PASS_MARK_INVALID, EXAM_BLUEPRINT_REPEATED, …)")
    @APIResponse(responseCode = "422", description = "EXAM_POOL_TOO_SMALL (per blueprint cell), "
            + "EXAM_PASS_MARK_BELOW_CREDENTIAL")
    public Response schedule(ExamInput input, @Context UriInfo uri) {
        ExamView exam = exams.schedule(RequestValues.requireBody(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(exam.id())).build()).entity(exam)
                .build();
    }

    @GET
    @RolesAllowed({Roles.JUDICIAL, Roles.HR})
    @Operation(summary = "The exams visible to the caller (province-wide ones and those whose area shares an agency "
            + "with the caller's), newest window first")
    @APIResponse(responseCode = "200", description = "A page of exams")
    public Page<ExamView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return exams.list(PageRequest.of(page, size));
    }

    @GET
    @Path("registrations")
    @RolesAllowed({Roles.OFFICER, Roles.JUDICIAL, Roles.HR})
    @Operation(summary = "The exams an officer is registered for, with the officer's standing in each (officers: their "
            + "own, also without officerId)")
    @APIResponse(responseCode = "200", description = "The officer's exams (exempt, not started, in progress, result)")
    @APIResponse(responseCode = "400", description = "Staff without officerId")
    @APIResponse(responseCode = "403", description = "An officer asking for someone else; AGENCY_OUT_OF_SCOPE: staff "
            + "asking for an officer of another agency")
    @APIResponse(responseCode = "404", description = "Staff asking for an unknown officer")
    public List<ExamService.OwnExam> registrations(@QueryParam("officerId") Long officerId) {
        Actor caller = actor.get();
        long officer = officerId != null ? officerId : caller.officerId()
                .orElseThrow(() -> ProblemException.invalid("officerId", "FIELD_REQUIRED"));
        caller.requireSelfOrAnyRole(officer, Roles.JUDICIAL, Roles.HR);
        return exams.registrations(officer);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.JUDICIAL, Roles.HR})
    @Operation(summary = "An exam; its seed once the window has closed")
    @APIResponse(responseCode = "200", description = "The exam")
    @APIResponse(responseCode = "403", description = NOT_VISIBLE)
    @APIResponse(responseCode = "404", description = "No such exam")
    public ExamView get(@PathParam("id") long id) {
        return exams.findVisible(id);
    }

    @POST
    @Path("{id: \\d+}/candidates")
    @RolesAllowed({Roles.JUDICIAL, Roles.HR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register candidates (officers with 法律职业资格 are registered exempt from COMPREHENSIVE_LAW)")
    @APIResponse(responseCode = "200", description = "How many registered, already registered, and which are exempt")
    @APIResponse(responseCode = "400", description = "No officer ids, or too many")
    @APIResponse(responseCode = "403", description = NOT_VISIBLE + "; AGENCY_OUT_OF_SCOPE: an officer of an agency "
            + "the caller does not act for (nobody is registered)")
    @APIResponse(responseCode = "404", description = "No such exam")
    @APIResponse(responseCode = "409", description = "EXAM_CLOSED, EXAM_REGISTRATION_CONCURRENT")
    @APIResponse(responseCode = "422", description = "OFFICER_UNKNOWN for each unknown officer id; "
            + "EXAM_OFFICER_OUT_OF_AREA for each officer of an agency outside the exam's area")
    public ExamService.Registration register(@PathParam("id") long id, ExamService.CandidatesInput input) {
        return exams.register(id, RequestValues.requireBody(input));
    }

    @GET
    @Path("{id: \\d+}/candidates")
    @RolesAllowed({Roles.JUDICIAL, Roles.HR})
    @Operation(summary = "The candidates who are officers of the agencies the caller acts for, with exemption and "
            + "sitting state")
    @APIResponse(responseCode = "200", description = "The candidates")
    @APIResponse(responseCode = "403", description = NOT_VISIBLE)
    @APIResponse(responseCode = "404", description = "No such exam")
    public List<CandidateRow> candidates(@PathParam("id") long id) {
        return exams.candidates(id);
    }

    @POST
    @Path("{id: \\d+}/sittings")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Start the calling candidate's one sitting, or resume it (another device takes it over); "
            + "the paper in the candidate's own order, never the answers")
    @APIResponse(responseCode = "200", description = "The sitting: paper, saved choices, time left")
    @APIResponse(responseCode = "403", description = "EXAM_NOT_A_CANDIDATE")
    @APIResponse(responseCode = "409", description = "EXAM_NOT_OPEN, EXAM_CLOSED")
    @APIResponse(responseCode = "422", description = "CANDIDATE_EXEMPT")
    public SittingView start(@PathParam("id") long id, StartInput input) {
        return sittings.start(id, Optional.ofNullable(input).map(StartInput::device));
    }

    @GET
    @Path("{id: \\d+}/results")
    @RolesAllowed(Roles.JUDICIAL)
    @Operation(summary = "Per candidate score and pass, with the figures and a score histogram, of the candidates "
            + "who are officers of the agencies the caller acts for")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "403", description = NOT_VISIBLE)
    @APIResponse(responseCode = "404", description = "No such exam")
    public ResultService.Results results(@PathParam("id") long id) {
        return results.results(id);
    }

    @GET
    @Path("{id: \\d+}/results")
    @RolesAllowed(Roles.JUDICIAL)
    @Produces({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "The results as CSV (UTF-8 with byte-order mark) or xlsx, by Accept")
    @APIResponse(responseCode = "200", description = "exam-<id>-results.csv or .xlsx")
    @APIResponse(responseCode = "403", description = NOT_VISIBLE)
    public Response resultsFile(@PathParam("id") long id, @Context HttpHeaders headers) {
        TableFormat format = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> !t.isWildcardType() && t.isCompatible(XLSX)) ? TableFormat.XLSX : TableFormat.CSV;
        ResultService.Results table = results.results(id);
        String type = format == TableFormat.CSV ? format.mediaType() + ";charset=UTF-8" : format.mediaType();
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> results.export(table, format, out), type)
                .header("Content-Disposition", "attachment; filename=\"exam-" + id + "-results." + format.extension()
                        + "\"").build();
    }

    @GET
    @Path("{id: \\d+}/item-analysis")
    @RolesAllowed(Roles.JUDICIAL)
    @Operation(summary = "Per question: facility, point-biserial discrimination, counts per option, flags")
    @APIResponse(responseCode = "200", description = "The item analysis of the submitted sittings")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the exam's agency (a province-wide exam: "
            + "every agency) is not one the caller acts for")
    @APIResponse(responseCode = "404", description = "No such exam")
    public List<ResultService.QuestionAnalysis> itemAnalysis(@PathParam("id") long id) {
        return results.itemAnalysis(id);
    }
}
