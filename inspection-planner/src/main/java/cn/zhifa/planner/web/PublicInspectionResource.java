package cn.zhifa.planner.web;

import cn.zhifa.planner.service.DoorService;
import cn.zhifa.planner.service.DoorService.DoorView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the inspected party sees on scanning the team's door QR (the record's {@code doorUrl}):
 * <pre>
 * curl -s 'localhost:8080/public/v1/inspections/17/door?sig=...'
 * {"agency":"长寿区市场监管局","genuine":true,"matter":"食品经营抽查","team":[{"credentialNumber":"...","name":"...","status":"ACTIVE"}]}
 * </pre>
 */
@Path("/public/v1/inspections")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "检查组亮证: the door QR")
public class PublicInspectionResource {
    private final DoorService doors;

    @Inject
    public PublicInspectionResource(DoorService doors) {
        this.doors = doors;
    }

    @GET
    @Path("/{id}/door")
    @Operation(summary = "The door QR: whether this inspection is genuine and, if so, its matter, agency and team "
            + "(names, credential numbers, live credential status); nothing else of the plan")
    @APIResponse(responseCode = "200", description = "{genuine, matter, agency, team: [{name, credentialNumber, "
            + "status}]}; a forged or altered sig: {genuine: false} and nothing else")
    public DoorView door(@PathParam("id") long id, @QueryParam("sig") String sig) {
        return doors.door(id, sig);
    }
}
