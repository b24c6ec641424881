package cn.zhifa.planner.web;

import java.net.URI;

import cn.zhifa.planner.service.ChecklistService;
import cn.zhifa.planner.service.ChecklistService.ChecklistView;
import cn.zhifa.planner.service.ChecklistService.NewChecklist;
import cn.zhifa.planner.service.MatterService;
import cn.zhifa.planner.service.MatterService.MatterView;
import cn.zhifa.planner.service.MatterService.NewMatter;
import cn.zhifa.platform.security.Roles;
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
}
