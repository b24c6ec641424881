package cn.zhifa.planner.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import cn.zhifa.planner.mapper.TargetRow;
import cn.zhifa.planner.service.TargetImport;
import cn.zhifa.planner.service.TargetService;
import cn.zhifa.planner.service.TargetService.ConflictView;
import cn.zhifa.planner.service.TargetService.ImportResult;
import cn.zhifa.planner.service.TargetService.TargetDetail;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.TableFormat;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The target directory (检查对象名录库) and conflicts of interest (回避), for planners:
 * <pre>
 * printf 'creditCode,name,industry,area,riskLevel,creditLevel,address\n914403001922038216,重庆某某食品有限公司,食品销售,500115,HIGH,B,长寿区凤城街道\n' \
 *   | curl -s -X POST localhost:8080/api/v1/targets/import -H "Authorization: Bearer $PLANNER" \
 *     -H 'Content-Type: text/csv' --data-binary @-
 * {"inserted":1,"rows":1,"unchanged":0,"updated":0}
 * curl -s 'localhost:8080/api/v1/targets?area=500100&riskLevel=HIGH&q=食品' -H "Authorization: Bearer $PLANNER"
 * curl -s -X POST localhost:8080/api/v1/targets/914403001922038216/conflicts -H "Authorization: Bearer $PLANNER" \
 *   -H 'Content-Type: application/json' -d '{"officerId":7,"reason":"近亲属任该企业法定代表人"}'
 * </pre>
 */
@Path("/api/v1/targets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLANNER)
@Tag(name = "targets", description = "检查对象名录库 and 回避")
public class TargetResource {

    public record ConflictRequest(Long officerId, String reason) {
    }

    private final TargetService targets;

    @Inject
    public TargetResource(TargetService targets) {
        this.targets = targets;
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Import the directory (CSV or xlsx), upserting by credit code; all rows or none")
    @APIResponse(responseCode = "200", description = "counts of inserted, updated and unchanged rows")
    @APIResponse(responseCode = "400", description = "row errors, e.g. rows[3].creditCode CREDIT_CODE_INVALID; "
            + "the file as a whole: TARGET_IMPORT_HEADER, IMPORT_ENCODING_UNREADABLE, IMPORT_FILE_UNREADABLE and the "
            + "import limits (IMPORT_TOO_MANY_ROWS, IMPORT_FIELD_TOO_LONG, IMPORT_LINE_TOO_LONG, "
            + "IMPORT_XLSX_TOO_LARGE, IMPORT_SHARED_STRINGS_TOO_LARGE)")
    @APIResponse(responseCode = "413", description = "Larger than zhifa.import.max-bytes")
    public ImportResult importTargets(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type)
            throws IOException {
        return targets.importFile(body, type);
    }

    @GET
    @Path("/import/template")
    @Produces(TableFormat.CSV_TYPE)
    @Operation(summary = "The directory import's template: a CSV whose header names the columns in Chinese")
    @APIResponse(responseCode = "200", description = "target-import-template.csv (UTF-8 with byte-order mark)")
    public Response importTemplate() {
        return TargetImport.COLUMNS.template("target-import-template");
    }

    @GET
    @Operation(summary = "Search the directory by area (covering sub-divisions), risk level and name or code")
    public Page<TargetRow> search(@QueryParam("area") String area, @QueryParam("riskLevel") String riskLevel,
                                  @QueryParam("q") String q, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        return targets.search(area, riskLevel, q, PageRequest.of(page, size));
    }

    @GET
    @Path("/{creditCode}")
    @Operation(summary = "A target with the history of its risk and credit levels")
    @APIResponse(responseCode = "404", description = "unknown credit code")
    public TargetDetail get(@PathParam("creditCode") String creditCode) {
        return targets.get(creditCode);
    }

    @POST
    @Path("/{creditCode}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare that an officer must recuse from the target (回避)")
    @APIResponse(responseCode = "201", description = "declared")
    @APIResponse(responseCode = "409", description = "already declared")
    @APIResponse(responseCode = "422", description = "OFFICER_UNKNOWN")
    public Response declareConflict(@PathParam("creditCode") String creditCode, ConflictRequest request) {
        ConflictView view = targets.declareConflict(creditCode, request == null ? null : request.officerId(),
                request == null ? null : request.reason());
        return Response.created(URI.create("/api/v1/targets/" + creditCode + "/conflicts/" + view.id()))
                .entity(view).build();
    }
}
