package cn.zhifa.planner.web;

import java.io.InputStream;
import java.net.URI;

import cn.zhifa.planner.service.ChecklistService.ChecklistView;
import cn.zhifa.planner.service.ChecklistService.NewChecklist;
import cn.zhifa.planner.service.ChecklistService;
import cn.zhifa.planner.service.MatterService.MatterView;
import cn.zhifa.planner.service.MatterService.NewMatter;
import cn.zhifa.planner.service.MatterService;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The random-inspection matter list (随机抽查事项清单); the public reads it at {@code /public/v1/matters}:
 * <pre>
 * curl -s -X POST localhost:8080/api/v1/matters -H "Authorization: Bearer $PLANNER" -H 'Content-Type: application/json' \
 *   -d '{"name":"食品经营许可事项检查","subject":"长寿区市场监督管理局","legalBasis":"《食品安全法》第一百一十条",
 *        "targetScope":"辖区食品经营者","content":"许可条件保持情况","method":"现场检查","frequency":"每年一次",
 *        "category":"MARKET_REGULATION","industries":["食品销售"]}'
 * {"category":"MARKET_REGULATION","id":1,...}
 * </pre>
 */
@Path("/api/v1/matters")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLANNER)
@Tag(name = "matters", description = "随机抽查事项清单")
public class MatterResource {

    private final MatterService matters;
    private final ChecklistService checklists;

    @Inject
    public MatterResource(MatterService matters, ChecklistService checklists) {
        this.matters = matters;
        this.checklists = checklists;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a matter with subject, legal basis, target scope, content, method, frequency, category "
            + "and (optional; a joint plan's matter needs it) agencyCode, the agency whose officers inspect it")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "a field is missing or unknown, e.g. MATTER_AGENCY_UNKNOWN")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: agencyCode (or, when left out, the "
            + "caller's own agency) is not one the caller acts for")
    public Response create(NewMatter matter) {
        MatterView view = matters.create(matter);
        return Response.created(URI.create("/api/v1/matters/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The matter list: the matters of the agencies the caller acts for (the public list is "
            + "/public/v1/matters)")
    public Page<MatterView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return matters.listInScope(PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: a matter of another agency")
    @APIResponse(responseCode = "404", description = "unknown matter")
    public MatterView get(@PathParam("id") long id) {
        return matters.getInScope(id);
    }

    @GET
    @Path("/{id}/checklist")
    @RolesAllowed({Roles.PLANNER, Roles.OFFICER, Roles.JUDICIAL})
    @Operation(summary = "The matter's check list (检查表) and audio-visual rules (音像记录事项清单), its current version",
            description = "Officers read every matter's; planners and judicial bureaux those of the agencies they act "
                    + "for. A matter without one gives version 0 and no items.")
    @APIResponse(responseCode = "200", description = "{matterId, version, items: [{code, content, legalBasis, method, "
            + "evidenceRequired: [PHOTO, VIDEO, AUDIO, DOCUMENT]}], wholeVisitVideo, updatedBy, updatedAtMs}")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: a matter of another agency")
    @APIResponse(responseCode = "404", description = "unknown matter")
    public ChecklistView checklist(@PathParam("id") long id) {
        return checklists.current(id);
    }

    @PUT
    @Path("/{id}/checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the matter's check list by a new version (older versions stay: a field record keeps "
            + "the one its visit started with)")
    @APIResponse(responseCode = "200", description = "the new version")
    @APIResponse(responseCode = "400", description = "every bad field named, e.g. items[2].code FIELD_REQUIRED, "
            + "CHECKLIST_ITEM_CODE_DUPLICATE, items[0].evidenceRequired[1] EVIDENCE_KIND_UNKNOWN; nothing is written")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: a matter of another agency")
    @APIResponse(responseCode = "404", description = "unknown matter")
    public ChecklistView replaceChecklist(@PathParam("id") long id, NewChecklist checklist) {
        return checklists.replace(id, checklist);
    }

    @POST
    @Path("/{id}/checklist/import")
    @Consumes({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(summary = "Replace the matter's check list by the rows of a file (CSV in UTF-8 or GBK, or xlsx): a new "
            + "version, all rows or none",
            description = "Columns by English or Chinese name, any order: code (检查项编码), content (检查内容), "
                    + "legalBasis (检查依据), method (检查方法), evidenceRequired (音像记录要求, optional: PHOTO, VIDEO, "
                    + "AUDIO, DOCUMENT or 照片, 视频, 录音, 文书, separated by 、 , ; or spaces). wholeVisitVideo: "
                    + "true or false; left out, the current version's.")
    @APIResponse(responseCode = "200", description = "the new version")
    @APIResponse(responseCode = "400", description = "every bad cell as lines[N].column (N: the file's line), e.g. "
            + "lines[3].code CHECKLIST_ITEM_CODE_DUPLICATE, lines[4].evidenceRequired[0] EVIDENCE_KIND_UNKNOWN; the "
            + "file as a whole: IMPORT_EMPTY, IMPORT_COLUMN_MISSING, IMPORT_ENCODING_UNREADABLE, the import limits; "
            + "wholeVisitVideo FIELD_INVALID")
    @APIResponse(responseCode = "403", description = "AGENCY_OUT_OF_SCOPE: a matter of another agency")
    @APIResponse(responseCode = "404", description = "unknown matter")
    @APIResponse(responseCode = "413", description = "Larger than zhifa.import.max-bytes")
    public ChecklistView importChecklist(@PathParam("id") long id, InputStream body, @Context HttpHeaders headers,
                                         @QueryParam("wholeVisitVideo") String wholeVisitVideo) {
        Boolean whole = null;
        if (wholeVisitVideo != null) {
            if (!wholeVisitVideo.equals("true") && !wholeVisitVideo.equals("false")) {
                throw ProblemException.invalid("wholeVisitVideo", "FIELD_INVALID");
            }
            whole = Boolean.valueOf(wholeVisitVideo);
        }
        MediaType type = headers.getMediaType();
        return checklists.importFile(id, body, TableFormat.of(type), TableFormat.declaredCharset(type), whole);
    }

    @GET
    @Path("/checklist-template")
    @Produces(TableFormat.CSV_TYPE)
    @Operation(summary = "The check list import's template: a CSV whose header names the columns in Chinese")
    public Response checklistTemplate() {
        return ChecklistService.COLUMNS.template("checklist-import-template");
    }
}
