package cn.zhifa.credential.web;

import cn.zhifa.credential.service.LegalReviewerReport;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * 法制审核人员比例 per agency:
 * <pre>
 * curl -s localhost:8080/api/v1/reports/legal-reviewers -H "Authorization: Bearer $JUDICIAL"
 * [{"agency":{"code":"500115002","name":"重庆市长寿区市场监督管理局"},"assessment":{"meetsMinimum":true,
 *   "minimumRatio":0.05,"officers":12,"ratio":0.0833,"requiredReviewers":1,"reviewers":1,"unqualifiedReviewers":0}},...]
 * </pre>
 */
@Path("/api/v1/reports/legal-reviewers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Reports of the judicial bureau")
public class ReportResource {
    private final LegalReviewerReport report;
    private final AgencyScopes scopes;

    @Inject
    public ReportResource(LegalReviewerReport report, AgencyScopes scopes) {
        this.report = report;
        this.scopes = scopes;
    }

    @GET
    @RolesAllowed(Roles.JUDICIAL)
    @Operation(summary = "Per agency of the caller's scope: credentialed officers, legal reviewers, ratio and whether "
            + "it meets the minimum")
    @APIResponse(responseCode = "200", description = "One line per agency in scope with an active credential holder")
    public List<LegalReviewerReport.Line> legalReviewers() {
        return report.lines(scopes.current().codes());
    }
}
