package cn.zhifa.planner.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import cn.zhifa.planner.service.DrawPreviewService;
import cn.zhifa.planner.service.DrawService;
import cn.zhifa.planner.service.DrawJobs;
import cn.zhifa.planner.service.DrawViews.ReplacementView;
import cn.zhifa.planner.service.DrawViews.ReplayReport;
import cn.zhifa.planner.service.InspectionService;
import cn.zhifa.planner.service.PlanQueries;
import cn.zhifa.planner.service.PlanQueries.PlanDetail;
import cn.zhifa.planner.service.PlanQueries.Statistics;
import cn.zhifa.planner.service.PlanService;
import cn.zhifa.planner.service.PlanService.NewPlan;
import cn.zhifa.planner.service.PlanService.PlanSummary;
import cn.zhifa.planner.service.PlanService.SealView;
import cn.zhifa.planner.service.ReplacementService;
import cn.zhifa.planner.service.ReplacementService.NewReplacement;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobProblems;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Plans (抽查计划): create → seal (封存) → draw (抽取) → publish (公示) → results → publish results:
 * <pre>
 * curl -s -X POST localhost:8080/api/v1/plans -H "Authorization: Bearer $PLANNER" -H 'Content-Type: application/json' \
 *   -d '{"name":"2026年第四季度食品经营抽查","matterId":1,"year":2026,"areas":["500115"],
 *        "ratios":{"LOW":0.03,"MEDIUM":0.05,"HIGH":0.1,"VERY_HIGH":0.2},"creditMultipliers":{"A":0.5,"D":2},
 *        "teamSize":2,"inspectorCap":10,"startsOn":"2026-12-01","endsOn":"2026-12-31"}'
 * curl -s -X POST localhost:8080/api/v1/plans/1/seal -H "Authorization: Bearer $PLANNER"
 * {"commitment":"9f2c…","inspectorsHash":"…","targetsHash":"…",...}
 * curl -s -X POST localhost:8080/api/v1/plans/1/draw -H "Authorization: Bearer $PLANNER" \
 *   -H 'Content-Type: application/json' -d '{"externalEntropy":"上证指数 2026-11-30 收盘 3412.56"}'
 * {"inspections":[{"creditCode":"9150…","id":1,"inspectors":[{"credentialNumber":"…","name":"…","officerId":3},…]}],…}
 * curl -s -X POST localhost:8080/api/v1/plans/1/publish -H "Authorization: Bearer $PLANNER"
 * curl -s -X POST localhost:8080/api/v1/plans/1/replay -H "Authorization: Bearer $PLANNER"
 * {"identical":true,…}
 * </pre>
 */
@Path("/api/v1/plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLANNER)
@Tag(name = "plans", description = "抽查计划: seal, draw, publish, replacements, results")
public class PlanResource {

    /** Who changes a plan: a planner acting for its lead agency. */
    static final String OUT_OF_SCOPE_CHANGE = "AGENCY_OUT_OF_SCOPE: the plan's lead agency (its lead matter's) is not "
            + "one the caller acts for";
    /** Who reads a plan: a planner or the judicial bureau acting for one of its agencies. */
    static final String OUT_OF_SCOPE_READ = "AGENCY_OUT_OF_SCOPE: none of the plan's agencies is one the caller acts for";

    public record DrawRequest(String externalEntropy) {
    }

    public record CancelRequest(String reason) {
    }

    /** The participating agency that confirms: one the planner acts for. */
    public record ConfirmationRequest(String agencyCode) {
    }

    private final PlanService plans;
    private final PlanQueries queries;
    private final DrawService draws;
    private final ReplacementService replacements;
    private final InspectionService inspections;
    private final DrawJobs drawJobs;
    private final DrawPreviewService previews;

    @Inject
    public PlanResource(PlanService plans, PlanQueries queries, DrawService draws, ReplacementService replacements,
                        InspectionService inspections, DrawJobs drawJobs, DrawPreviewService previews) {
        this.previews = previews;
        this.drawJobs = drawJobs;
        this.plans = plans;
        this.queries = queries;
        this.draws = draws;
        this.replacements = replacements;
        this.inspections = inspections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a plan: matter (or matterIds: the matters of a joint plan), year, areas, ratios per risk level, multipliers per credit level, "
            + "team size (>= 2), cap of inspections per inspector, window, entropy source, disclosure moment of the "
            + "drawn targets")
    @APIResponse(responseCode = "201", description = "created in state DRAFT")
    @APIResponse(responseCode = "400", description = "invalid field, e.g. PLAN_RATIO_SCALE, ENTROPY_ALREADY_AVAILABLE "
            + "(entropySource.availableAt not in the future), DISCLOSURE_UNKNOWN (disclosure: AT_DRAW, the default, "
            + "AT_WINDOW_START or AT_RESULTS), TEXT_CHARACTER_FORBIDDEN")
    @APIResponse(responseCode = "400", description = "matterIds: PLAN_MATTERS_DUPLICATE, PLAN_MATTERS_TOO_MANY; "
            + "matterId: PLAN_MATTER_NOT_LISTED (not among matterIds)")
    @APIResponse(responseCode = "422", description = "MATTER_UNKNOWN; MATTER_AGENCY_REQUIRED: a joint plan's matter "
            + "names no agency")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the lead matter (matterId, else the first "
            + "of matterIds) is of an agency the planner does not act for")
    public Response create(NewPlan plan) {
        PlanSummary summary = plans.create(plan);
        return Response.created(URI.create("/api/v1/plans/" + summary.id())).entity(summary).build();
    }

    @GET
    @Operation(summary = "The plans one of whose agencies (a joint plan's: of any of its matters) the caller acts "
            + "for, newest first")
    public Page<PlanSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return queries.listInScope(PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "A plan with matter, seal, realised ratios per stratum, teams, results and replacements")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_READ)
    @APIResponse(responseCode = "404", description = "unknown plan")
    public PlanDetail get(@PathParam("id") long id) {
        return queries.detail(id, true);
    }

    @POST
    @Path("/{id}/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A participating agency of a joint plan confirms its matter and its officers (联合抽查); the "
            + "plan is sealed only once every participating agency has; by a planner acting for that agency")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: agencyCode is not one the planner acts for")
    @APIResponse(responseCode = "200", description = "the plan with its agencies and their confirmations")
    @APIResponse(responseCode = "409", description = "PLAN_NOT_DRAFT, PLAN_ALREADY_CONFIRMED")
    @APIResponse(responseCode = "422", description = "AGENCY_NOT_PARTICIPATING, PLAN_NOT_JOINT")
    public PlanSummary confirm(@PathParam("id") long id, ConfirmationRequest request) {
        return plans.confirm(id, request == null ? null : request.agencyCode());
    }

    @POST
    @Path("/{id}/seal")
    @Operation(summary = "Freeze eligible targets and inspectors and commit to a secret seed")
    @APIResponse(responseCode = "200", description = "the commitment and the two snapshot hashes; the officers left "
            + "out of the inspector snapshot with their reasons, and staffing shortages some draws may meet")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_CHANGE)
    @APIResponse(responseCode = "409", description = "PLAN_NOT_DRAFT; PLAN_CONFIRMATIONS_MISSING: a participating "
            + "agency of a joint plan has not confirmed (named)")
    @APIResponse(responseCode = "422", description = "PLAN_NO_ELIGIBLE_TARGETS; SEAL_STAFFING_TOTAL or "
            + "SEAL_STAFFING_SHORTAGE when no draw could be staffed, one line per area and category; "
            + "ENTROPY_ALREADY_AVAILABLE: the named entropy source's value is already out (the seal must precede it)")
    public SealView seal(@PathParam("id") long id, @Context HttpHeaders headers) {
        return plans.seal(id, Messages.of(headers));
    }

    @POST
    @Path("/{id}/draw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draw targets (exactly as the contract states) and assign teams; once per plan. The draw "
            + "runs as a job any instance may take; the request waits for it up to zhifa.planner.draw.wait-ms")
    @APIResponse(responseCode = "201", description = "the drawn inspections with their teams")
    @APIResponse(responseCode = "202", description = "still running (or Prefer: respond-async): the job, "
            + "Location /api/v1/draw-jobs/{jobId} to poll")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_CHANGE)
    @APIResponse(responseCode = "409", description = "PLAN_ALREADY_DRAWN, PLAN_NOT_SEALED or PLAN_DRAW_IN_PROGRESS "
            + "(a draw of the plan is queued or running, on any instance)")
    @APIResponse(responseCode = "409", description = "PLAN_CANCELLED: the plan was cancelled, e.g. by a failed draw; "
            + "PLAN_DRAW_STARTED: a started attempt of this seal recorded other externalEntropy")
    @APIResponse(responseCode = "400", description = "externalEntropy: ENTROPY_VALUE_REQUIRED (the named source's "
            + "value), ENTROPY_SOURCE_NOT_NAMED (the plan named no source, so takes no value), FIELD_TOO_LONG")
    @APIResponse(responseCode = "422", description = "TEAM_SHORTAGE per area and category: the failed attempt is "
            + "recorded publicly and cancels the plan (one draw attempt per seal); ENTROPY_NOT_YET_AVAILABLE before "
            + "the named source's moment (nothing recorded)")
    public Response draw(@PathParam("id") long id, DrawRequest request, @HeaderParam("Prefer") String prefer,
                         @Context HttpHeaders headers) {
        long jobId = drawJobs.submit(id, request == null ? null : request.externalEntropy());
        boolean async = prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
        Job job = async ? drawJobs.job(jobId) : drawJobs.await(jobId);
        if (Job.DONE.equals(job.state())) {
            return Response.created(URI.create(DrawJobs.drawRecordHref(id)))
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(job.result()).build();
        }
        if (job.finished()) {
            throw JobProblems.of(job);
        }
        Response.ResponseBuilder accepted = Response.accepted(drawJobs.view(job, Messages.of(headers)))
                .location(URI.create(DrawJobs.href(jobId)));
        return (async ? accepted.header("Preference-Applied", "respond-async") : accepted).build();
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL, Roles.ADMIN})
    @Operation(summary = "Re-run the stored draw and its replacements; report whether targets, teams and replacements are identical")
    @APIResponse(responseCode = "409", description = "PLAN_NOT_DRAWN")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_READ)
    public ReplayReport replay(@PathParam("id") long id) {
        plans.readable(id);
        return draws.replay(id, replacements);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Make the plan, its draw record and its teams public (公示)")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_CHANGE)
    @APIResponse(responseCode = "409", description = "PLAN_NOT_DRAWN or PLAN_ALREADY_PUBLISHED")
    public PlanSummary publish(@PathParam("id") long id) {
        return plans.publish(id);
    }

    @POST
    @Path("/{id}/publish-results")
    @Operation(summary = "Make the results public (结果公开); every inspection needs its result, and every matter "
            + "of a joint plan's inspection its own")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_CHANGE)
    @APIResponse(responseCode = "409", description = "PLAN_NOT_PUBLISHED or RESULTS_ALREADY_PUBLISHED")
    @APIResponse(responseCode = "422", description = "RESULTS_INCOMPLETE (how many inspections still miss a result "
            + "or a matter's result)")
    public InspectionService.ResultsPublication publishResults(@PathParam("id") long id) {
        return inspections.publishResults(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a plan that was not drawn; it stays visible with the reason")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_CHANGE)
    @APIResponse(responseCode = "409", description = "PLAN_NOT_CANCELLABLE")
    public PlanSummary cancel(@PathParam("id") long id, CancelRequest request) {
        return plans.cancel(id, request == null ? null : request.reason());
    }

    @POST
    @Path("/{id}/replacements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an officer after the draw (CONFLICT, SUSPENDED, ILLNESS, OTHER); other seats stay")
    @APIResponse(responseCode = "201", description = "the replacement with the affected inspections")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_CHANGE)
    @APIResponse(responseCode = "409", description = "PLAN_NOT_DRAWN, RESULTS_ALREADY_PUBLISHED, REPLACEMENT_CONCURRENT")
    @APIResponse(responseCode = "422", description = "REPLACEMENT_NOTHING_TO_REPLACE or TEAM_SHORTAGE")
    public Response replace(@PathParam("id") long id, NewReplacement request) {
        ReplacementView view = replacements.replace(id, request);
        return Response.created(URI.create("/api/v1/plans/" + id + "/replacements")).entity(view).build();
    }

    @GET
    @Path("/{id}/replacements")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_READ)
    public List<ReplacementView> replacements(@PathParam("id") long id) {
        plans.readable(id);
        return replacements.list(id);
    }

    @GET
    @Path("/{id}/statistics")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "Drawn per stratum and results by code of one plan")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_READ)
    public Statistics statistics(@PathParam("id") long id) {
        return queries.planStatistics(id);
    }

    @GET
    @Path("/{id}/preview")
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "The draw's preview of a sealed plan: eligible targets per stratum, how many each draws, and "
            + "the targets inspected for one of the plan's matters within zhifa.planner.recent-inspection-months "
            + "before the window (recentlyInspected); they stay eligible, the draw does not change")
    @APIResponse(responseCode = "200", description = "{planId, startsOn, recentInspectionMonths, recentSince, "
            + "eligible, toDraw, recentlyInspected, strata: [{riskLevel, creditLevel, eligible, ratio, toDraw, "
            + "recentlyInspected}], targets: [{creditCode, name, riskLevel, creditLevel, areaCode, recentlyInspected, "
            + "lastInspectedOn, lastPlanId}]}")
    @APIResponse(responseCode = "403", description = OUT_OF_SCOPE_READ)
    @APIResponse(responseCode = "404", description = "no such plan")
    @APIResponse(responseCode = "409", description = "PLAN_NOT_SEALED")
    public DrawPreviewService.Preview preview(@PathParam("id") long id) {
        return previews.preview(id);
    }
}
