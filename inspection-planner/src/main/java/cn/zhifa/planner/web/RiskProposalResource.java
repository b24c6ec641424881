package cn.zhifa.planner.web;

import cn.zhifa.planner.service.RiskProposalService;
import cn.zhifa.planner.service.RiskProposalService.ProposalView;
import cn.zhifa.planner.service.RiskProposalService.Rejection;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Proposals of a higher risk level that results make for their targets (信用风险分类监管), and the planner's decision:
 * <pre>
 * curl -s 'localhost:8080/api/v1/risk-proposals?state=PROPOSED' -H "Authorization: Bearer $PLANNER"
 * {"items":[{"id":3,"creditCode":"91500115…","fromLevel":"LOW","proposedLevel":"MEDIUM","cause":"RESULT_CODE",…}],…}
 * curl -s -X POST localhost:8080/api/v1/risk-proposals/3/accept -H "Authorization: Bearer $PLANNER"
 * curl -s -X POST localhost:8080/api/v1/risk-proposals/4/reject -H "Authorization: Bearer $PLANNER" \
 *   -H 'Content-Type: application/json' -d '{"reason":"问题已当场改正，不调整风险等级"}'
 * </pre>
 */
@Path("/api/v1/risk-proposals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "risk-proposals", description = "Results feeding the target directory's risk levels")
public class RiskProposalResource {

    private final RiskProposalService proposals;

    @Inject
    public RiskProposalResource(RiskProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.JUDICIAL})
    @Operation(summary = "The proposals of the agencies the caller acts for, newest first",
            description = "A proposal: target, from level, proposed level, the inspection and matter whose result "
                    + "caused it (`cause`: FINDING, a NONCONFORMS finding of the field record, or RESULT_CODE, a code "
                    + "meaning a problem), created at, and the decision (`state`: PROPOSED, ACCEPTED, REJECTED, "
                    + "WITHDRAWN when the result was corrected to one without a problem).")
    @APIResponse(responseCode = "200", description = "a page {items, page, size, total}")
    @APIResponse(responseCode = "400", description = "state unknown; page or size invalid")
    public Page<ProposalView> list(@QueryParam("state") String state, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        return proposals.list(state, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Accept: the target's risk level becomes the proposed one for the next plans (audited, kept "
            + "in the target's level history)")
    @APIResponse(responseCode = "200", description = "the proposal as decided")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the matter's agency is not the caller's")
    @APIResponse(responseCode = "404", description = "no such proposal")
    @APIResponse(responseCode = "409", description = "RISK_PROPOSAL_DECIDED")
    public ProposalView accept(@PathParam("id") long id) {
        return proposals.accept(id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Reject with a reason {reason}: the target keeps its level (audited with the reason)")
    @APIResponse(responseCode = "200", description = "the proposal as decided")
    @APIResponse(responseCode = "400", description = "reason missing or over 500 characters")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: the matter's agency is not the caller's")
    @APIResponse(responseCode = "404", description = "no such proposal")
    @APIResponse(responseCode = "409", description = "RISK_PROPOSAL_DECIDED")
    public ProposalView reject(@PathParam("id") long id, Rejection body) {
        return proposals.reject(id, body);
    }
}
