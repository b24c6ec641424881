package cn.zhifa.planner.web;

import cn.zhifa.planner.service.DrawJobs;
import cn.zhifa.planner.service.DrawJobs.DrawJobView;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Draw jobs (抽取任务): what {@code POST /api/v1/plans/{id}/draw} answered 202 for, polled until it ends:
 * <pre>
 * curl -s localhost:8080/api/v1/draw-jobs/7 -H "Authorization: Bearer $PLANNER"
 * {"attempts":1,"href":"/api/v1/draw-jobs/7","id":7,"instanceId":"host-1a2b3c4d","phase":"ASSIGNING_TEAMS",
 *  "planId":1,"state":"RUNNING",…}
 * </pre>
 * Ended jobs are DONE (with {@code result}, the draw record's link), REFUSED (with the {@code problem} the draw
 * was refused with, e.g. TEAM_SHORTAGE) or FAILED.
 */
@Path("/api/v1/draw-jobs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLANNER)
@Tag(name = "plans", description = "抽查计划: seal, draw, publish, replacements, results")
public class DrawJobResource {
    private final DrawJobs drawJobs;

    @Inject
    public DrawJobResource(DrawJobs drawJobs) {
        this.drawJobs = drawJobs;
    }

    @GET
    @Path("/{jobId}")
    @Operation(summary = "A draw job: state (QUEUED, RUNNING, DONE, REFUSED, FAILED), phase (QUEUED, "
            + "DRAWING_TARGETS, ASSIGNING_TEAMS, STORING, FINISHED), instance, attempts, times, result or problem")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the job's plan is led by an agency the "
            + "caller does not act for")
    @APIResponse(responseCode = "404", description = "no draw job with this id")
    public DrawJobView get(@PathParam("jobId") long jobId, @Context HttpHeaders headers) {
        return drawJobs.view(drawJobs.jobInScope(jobId), Messages.of(headers));
    }
}
