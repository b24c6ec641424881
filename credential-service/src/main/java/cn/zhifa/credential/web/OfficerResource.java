package cn.zhifa.credential.web;

import cn.zhifa.credential.domain.Exam;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.UnmetRule;
import cn.zhifa.credential.service.CredentialService;
import cn.zhifa.credential.service.ExamInput;
import cn.zhifa.credential.service.OfficerChange;
import cn.zhifa.credential.service.OfficerInput;
import cn.zhifa.credential.service.OfficerService;
import cn.zhifa.credential.service.RosterImport;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
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
import jakarta.ws.rs.PATCH;
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

import java.io.InputStream;
import java.util.List;

/**
 * The officer roster (HR) with exams and eligibility (judicial bureau):
 * <pre>
 * curl -s -X POST localhost:8080/api/v1/officers -H "Authorization: Bearer $HR" -H 'Content-Type: application/json' \
 *   -d '{"name":"王建国","idNumber":"500115198503120018","agencyCode":"500115002","position":"科员",
 *        "employmentType":"REGULAR","postStatus":"ON_POST","categories":["MARKET_REGULATION"],"areas":["500115"],
 *        "legalQualification":false,"legalReviewer":false}'
 * {"agency":{"code":"500115002","name":"重庆市长寿区市场监督管理局"},"id":51,"idNumber":"500115198503120018",...,"version":1}
 * curl -s 'localhost:8080/api/v1/officers?q=王&amp;agency=500115002&amp;postStatus=ON_POST&amp;page=1&amp;size=20' \
 *   -H "Authorization: Bearer $HR"
 * {"items":[{"agency":{"code":"500115002",...},"credentialNumber":"500115002202600001","credentialStatus":"ACTIVE",
 *   "id":51,...,"version":1}],"page":1,"size":20,"total":1}      (no credential: both left out)
 * curl -s -X POST localhost:8080/api/v1/officers/51/exams -H "Authorization: Bearer $JUDICIAL" \
 *   -H 'Content-Type: application/json' -d '{"kind":"PROFESSIONAL_LAW","passed":true,"score":86,"takenOn":"2026-10-20"}'
 * curl -s localhost:8080/api/v1/officers/51/eligibility -H "Authorization: Bearer $JUDICIAL"
 * {"eligible":false,"reasons":[{"code":"COMPREHENSIVE_EXAM_MISSING","message":"未通过综合法律知识考试。"}]}
 * curl -s -X PATCH localhost:8080/api/v1/officers/51 -H "Authorization: Bearer $HR" \
 *   -H 'Content-Type: application/json' -d '{"version":1,"postStatus":"RETIRED"}'
 * curl -s -X POST localhost:8080/api/v1/officers/import -H "Authorization: Bearer $HR" \
 *   -H 'Content-Type: text/csv' --data-binary @roster.csv
 * {"created":12,"unchanged":0,"updated":1}
 * </pre>
 */
@Path("/api/v1/officers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "officers", description = "行政执法人员: the roster, exams and credential eligibility")
public class OfficerResource {
    private final OfficerService officers;
    private final CredentialService credentials;
    private final RosterImport rosterImport;
    private final Views views;
    private final CurrentActor actor;

    @Inject
    public OfficerResource(OfficerService officers, CredentialService credentials, RosterImport rosterImport,
                           Views views, CurrentActor actor) {
        this.officers = officers;
        this.credentials = credentials;
        this.rosterImport = rosterImport;
        this.views = views;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.HR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an officer")
    @APIResponse(responseCode = "201", description = "Created; Location names the officer")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: an agency the caller does not act for")
    @APIResponse(responseCode = "409", description = "ID_NUMBER_DUPLICATE")
    public Response create(OfficerInput input, @Context UriInfo uri) {
        Officer created = officers.create(RequestValues.requireBody(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(views.officer(created, null)).build();
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.JUDICIAL})
    @Operation(summary = "Search the officers of the caller's agencies (with or without a credential) by name or exact "
            + "identity number, agency (with sub-agencies), post status and employment type")
    @APIResponse(responseCode = "200", description = "A page of officers with the newest credential's number and status")
    @APIResponse(responseCode = "400", description = "Unknown agency, post status or employment type; bad paging")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Neither HR nor the judicial bureau; AGENCY_OUT_OF_SCOPE for an "
            + "agency filter outside the caller's agencies")
    public Page<Views.StaffView> search(@QueryParam("q") String q, @QueryParam("agency") String agency,
                                       @QueryParam("postStatus") String postStatus,
                                       @QueryParam("employmentType") String employmentType,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return officers.search(q, agency, postStatus, employmentType, PageRequest.of(page, size)).map(views::staff);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.HR, Roles.JUDICIAL, Roles.OFFICER})
    @Operation(summary = "An officer with the current credential (officers: only themselves)")
    @APIResponse(responseCode = "200", description = "The officer")
    @APIResponse(responseCode = "403", description = "An officer asking for someone else; AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such officer")
    public Views.OfficerView get(@PathParam("id") long id) {
        actor.get().requireSelfOrAnyRole(id, Roles.HR, Roles.JUDICIAL);
        return views.officer(officers.readable(id), credentials.currentOf(id).orElse(null));
    }

    @PATCH
    @Path("{id: \\d+}")
    @RolesAllowed(Roles.HR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change post status, position, agency, categories, areas (with version)")
    @APIResponse(responseCode = "200", description = "The changed officer")
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the officer's agency, or the one a transfer "
            + "moves to, is not the caller's")
    @APIResponse(responseCode = "404", description = "No such officer")
    @APIResponse(responseCode = "409", description = "STALE_VERSION: changed since the client read it")
    public Views.OfficerView change(@PathParam("id") long id, OfficerChange change) {
        Officer changed = officers.change(id, RequestValues.requireBody(change));
        return views.officer(changed, credentials.currentOf(id).orElse(null));
    }

    @POST
    @Path("{id: \\d+}/exams")
    @RolesAllowed(Roles.JUDICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an exam result")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such officer")
    public Response recordExam(@PathParam("id") long id, ExamInput input) {
        Exam exam = officers.recordExam(id, RequestValues.requireBody(input));
        return Response.status(Response.Status.CREATED).entity(exam).build();
    }

    @GET
    @Path("{id: \\d+}/exams")
    @RolesAllowed({Roles.HR, Roles.JUDICIAL, Roles.OFFICER})
    @Operation(summary = "The officer's recorded exam attempts, oldest first (officers: only their own)")
    @APIResponse(responseCode = "200", description = "kind, passed, score (null when only the pass was reported), takenOn")
    @APIResponse(responseCode = "403", description = "An officer asking for another officer's exams; AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such officer")
    public List<Exam> exams(@PathParam("id") long id) {
        actor.get().requireSelfOrAnyRole(id, Roles.HR, Roles.JUDICIAL);
        return officers.exams(id);
    }

    @GET
    @Path("{id: \\d+}/eligibility")
    @RolesAllowed({Roles.HR, Roles.JUDICIAL, Roles.OFFICER})
    @Operation(summary = "Every unmet eligibility rule (officers: only their own)")
    @APIResponse(responseCode = "200", description = "eligible and reasons")
    @APIResponse(responseCode = "403", description = "An officer asking for someone else; AGENCY_OUT_OF_SCOPE")
    @APIResponse(responseCode = "404", description = "No such officer")
    public Views.EligibilityView eligibility(@PathParam("id") long id, @Context HttpHeaders headers) {
        actor.get().requireSelfOrAnyRole(id, Roles.HR, Roles.JUDICIAL);
        List<UnmetRule> unmet = officers.eligibility(id);
        return new Views.EligibilityView(unmet.isEmpty(), views.reasons(unmet, Messages.of(headers)));
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.HR)
    @Consumes({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "Import the roster (CSV or xlsx): all rows or none; re-import changes nothing")
    @APIResponse(responseCode = "200", description = "created, updated and unchanged counts")
    @APIResponse(responseCode = "400", description = "Every bad row as lines[N].field; the file as a whole: "
            + "IMPORT_EMPTY, IMPORT_COLUMN_MISSING, IMPORT_ENCODING_UNREADABLE, IMPORT_FILE_UNREADABLE and the "
            + "import limits (IMPORT_TOO_MANY_ROWS, IMPORT_FIELD_TOO_LONG, IMPORT_LINE_TOO_LONG, "
            + "IMPORT_XLSX_TOO_LARGE, IMPORT_SHARED_STRINGS_TOO_LARGE)")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: a row of an agency the caller does not act "
            + "for (or moving an officer out of one), every such row as lines[N].agencyCode; nothing stored")
    @APIResponse(responseCode = "413", description = "Larger than zhifa.import.max-bytes")
    public RosterImport.Result importRoster(InputStream body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return rosterImport.importFile(body, TableFormat.of(type), TableFormat.declaredCharset(type));
    }

    // The empty template holds no agency's data: no scope.
    @GET
    @Path("import/template")
    @RolesAllowed(Roles.HR)
    @Produces(TableFormat.CSV_TYPE)
    @Operation(summary = "The roster import's template: a CSV whose header names the columns in Chinese")
    @APIResponse(responseCode = "200", description = "roster-import-template.csv (UTF-8 with byte-order mark)")
    public Response rosterTemplate() {
        return RosterImport.COLUMNS.template("roster-import-template");
    }
}
