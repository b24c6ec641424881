package cn.zhifa.planner.web;

import cn.zhifa.planner.service.PlanQueries;
import cn.zhifa.planner.service.PlanQueries.Statistics;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inspection statistics, quarterly or annual (每季度 / 年度报告):
 * <pre>
 * curl -s 'localhost:8080/public/v1/statistics?year=2026&amp;quarter=4'
 * </pre>
 */
@Path("/public/v1/statistics")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public inspection")
public class PublicStatisticsResource {
    private final PlanQueries queries;

    @Inject
    public PublicStatisticsResource(PlanQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Quarterly (quarter=1..4) or annual figures: drawn per stratum, results by code",
            description = "From published data only: published plans, and a result once its plan's results are "
                    + "published (PENDING until then). A joint plan's inspection counts in `results` once per matter "
                    + "it covers. `agencies`: the joint plans' figures per participating agency "
                    + "`{agencyCode, agencyName, inspections, results}` (inspections covering a matter of the agency, "
                    + "its matters' results by code).")
    public Statistics statistics(@QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter) {
        return queries.statistics(year, quarter);
    }
}
