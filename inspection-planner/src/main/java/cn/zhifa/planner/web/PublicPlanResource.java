package cn.zhifa.planner.web;

import java.util.List;

import cn.zhifa.planner.service.DrawViews.DrawRecord;
import cn.zhifa.planner.service.DrawViews.InspectionDetail;
import cn.zhifa.planner.service.PlanQueries;
import cn.zhifa.planner.service.PlanQueries.PlanDetail;
import cn.zhifa.planner.service.PlanService.PlanSummary;
import cn.zhifa.planner.service.PlanService.SealView;
import cn.zhifa.planner.service.ResultExportService;
import cn.zhifa.planner.service.ResultExportService.ResultLine;
import cn.zhifa.platform.tabular.TableFormat;
import jakarta.ws.rs.core.Response;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 一公开: plans from their seal on (matter, ratios, commitment, hashes, counts, seal and draw instants, draw
 * attempts), and from their disclosure moment on (at the publication, the window's first day or the results) their
 * draw record, teams and (once published) results, in JSON and CSV, for the public and other agencies' platforms:
 * <pre>
 * curl -s localhost:8080/public/v1/plans
 * curl -s localhost:8080/public/v1/plans/1/commitment       # public from the seal on, before the draw
 * curl -s localhost:8080/public/v1/plans/1/draw-record -o record.json && python3 docs/verify-draw.py record.json
 * curl -s localhost:8080/public/v1/plans/1/inspections -H 'Accept: text/csv'
 * </pre>
 */
@Path("/public/v1/plans")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public inspection", description = "双随机、一公开: published plans, draw records, results")
public class PublicPlanResource {

    private final PlanQueries queries;
    private final ResultExportService export;

    @Inject
    public PublicPlanResource(PlanQueries queries, ResultExportService export) {
        this.export = export;
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Plans from their seal on (drawn, published or cancelled after the seal), newest first")
    public Page<PlanSummary> plans(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return queries.publicList(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A plan from its seal on: matter, ratios, seal, attempts; realised sampling once "
            + "published; drawn targets, teams and replacements from its disclosure moment on (disclosed: true); "
            + "results once published")
    @APIResponse(responseCode = "404", description = "unknown or not sealed")
    public PlanDetail plan(@PathParam("id") long id) {
        return queries.publicDetail(id);
    }

    @GET
    @Path("{id}/commitment")
    @Operation(summary = "The seal's commitment and snapshot hashes, public before the draw")
    @APIResponse(responseCode = "404", description = "unknown or not sealed")
    public SealView commitment(@PathParam("id") long id) {
        return queries.publicCommitment(id);
    }

    @GET
    @Path("{id}/draw-record")
    @Operation(summary = "All a third party needs to recompute the target draw (see docs/verify-draw.py), with the "
            + "draw attempts; also for a plan cancelled after its seal (its seed revealed)")
    @APIResponse(responseCode = "404", description = "unknown, or neither disclosed (published and its disclosure "
            + "moment come) nor cancelled after its seal")
    public DrawRecord drawRecord(@PathParam("id") long id) {
        return queries.drawRecord(id);
    }

    @GET
    @Path("{id}/inspections")
    @Operation(summary = "The inspections with teams and (once published) results; empty before the plan's "
            + "disclosure moment", description = "A joint plan's inspection lists `results`: each matter it covers "
            + "with the matter's agency (`agencyCode`, `agencyName`) and, once published, that matter's result.")
    public List<InspectionDetail> inspections(@PathParam("id") long id) {
        return queries.publicDetail(id).inspections();
    }

    @GET
    @Path("{id}/inspections")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The same as CSV (UTF-8 with a byte-order mark, as Excel opens it)",
            description = "Columns, headed in the Accept-Language (Chinese by default): 检查编号, 统一社会信用代码, "
                    + "检查对象名称, 行政区划代码, 所在区域 (the division's name), 检查人员, 执法证号 (both ;-separated), "
                    + "检查结果代码, 检查结果 (the result's name), 检查日期, 检查事项编号, 检查事项, 部门代码, 实施部门 "
                    + "(the matter and its agency). An inspection of a joint plan gives one line per matter it covers, "
                    + "with that matter's result and agency.")
    public String inspectionsCsv(@PathParam("id") long id, @Context HttpHeaders headers) {
        return queries.inspectionsCsv(id, Messages.of(headers));
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "The published results in the columns of the national enterprise credit publicity system "
            + "(统一社会信用代码 first): JSON, or CSV / xlsx by Accept",
            description = "One line per result: a joint plan's inspection gives one per matter it covers. Only once "
                    + "the plan's results are published.")
    @APIResponse(responseCode = "200", description = "[{creditCode, targetName, agencyCode, agencyName, matterId, "
            + "matterName, inspectedOn, resultCode, resultName, planId, planName, inspectionId}]")
    @APIResponse(responseCode = "404", description = "unknown plan, or its results not published "
            + "(RESULTS_NOT_PUBLISHED)")
    public List<ResultLine> results(@PathParam("id") long id, @Context HttpHeaders headers) {
        return export.lines(export.ofPlan(id), Messages.of(headers));
    }

    @GET
    @Path("{id}/results")
    @Produces({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "The same as CSV (UTF-8 with a byte-order mark) or xlsx, for the publicity system's import",
            description = "Columns, headed in the Accept-Language (Chinese by default): 统一社会信用代码, 企业名称, "
                    + "检查实施机关, 检查类型, 抽查事项, 检查日期, 检查结果, 检查结果代码, 抽查计划, 检查编号.")
    @APIResponse(responseCode = "200", description = "plan-<id>-results.csv or .xlsx")
    @APIResponse(responseCode = "404", description = "unknown plan, or its results not published")
    public Response resultsFile(@PathParam("id") long id, @Context HttpHeaders headers) {
        return ResultFiles.file(export, export.ofPlan(id), headers, "plan-" + id + "-results");
    }
}
