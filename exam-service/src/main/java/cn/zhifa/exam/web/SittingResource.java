package cn.zhifa.exam.web;

import cn.zhifa.exam.service.SittingService;
import cn.zhifa.exam.service.SittingView;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.RequestValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A candidate's sitting: resumed, answered question by question, submitted:
 * <pre>
 * curl -s localhost:8080/api/v1/sittings/9 -H "Authorization: Bearer $OFFICER_51"
 * {"endsAt":"…","id":9,"questions":[…,"choice":["B"]…],"secondsLeft":4711,"submitted":false,…}
 * curl -s -X PUT localhost:8080/api/v1/sittings/9/answers/118 -H "Authorization: Bearer $OFFICER_51" \
 *   -H 'Content-Type: application/json' -d '{"choice":["A","C"],"device":"phone-7f3a"}'
 * curl -s -X POST localhost:8080/api/v1/sittings/9/submit -H "Authorization: Bearer $OFFICER_51"
 * {"correct":41,"passMark":60,"passed":true,"questions":50,"score":82.00,…}
 * </pre>
 */
@Path("/api/v1/sittings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exams")
public class SittingResource {
    private final SittingService sittings;

    @Inject
    public SittingResource(SittingService sittings) {
        this.sittings = sittings;
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "The caller's sitting as it stands: paper, choices saved, seconds left (the page resumes from it)")
    @APIResponse(responseCode = "200", description = "The sitting; its result once submitted")
    @APIResponse(responseCode = "403", description = "Another officer's sitting")
    @APIResponse(responseCode = "404", description = "No such sitting")
    public SittingView get(@PathParam("id") long id) {
        return sittings.get(id);
    }

    @PUT
    @Path("{id: \\d+}/answers/{questionId: \\d+}")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the answer to one question: {choice: [shown keys]} (empty: no answer), device")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "CHOICE_NOT_AN_OPTION, CHOICE_NOT_SINGLE")
    @APIResponse(responseCode = "403", description = "Another officer's sitting")
    @APIResponse(responseCode = "404", description = "No such sitting, or question of its paper")
    @APIResponse(responseCode = "409", description = "SITTING_SUBMITTED, SITTING_TIME_OVER, SITTING_TAKEN_OVER")
    public SittingService.SavedAnswer save(@PathParam("id") long id, @PathParam("questionId") long questionId,
                                           SittingService.AnswerInput input) {
        return sittings.save(id, questionId, RequestValues.requireBody(input));
    }

    @POST
    @Path("{id: \\d+}/submit")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Submit and score on the server; a passed sitting becomes the officer's exam record")
    @APIResponse(responseCode = "200", description = "{score, passMark, passed, correct, questions}")
    @APIResponse(responseCode = "403", description = "Another officer's sitting")
    @APIResponse(responseCode = "404", description = "No such sitting")
    public SittingView.Result submit(@PathParam("id") long id) {
        return sittings.submit(id);
    }
}
