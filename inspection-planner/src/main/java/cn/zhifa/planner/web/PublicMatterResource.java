package cn.zhifa.planner.web;

import cn.zhifa.planner.service.MatterService;
import cn.zhifa.planner.service.MatterService.MatterView;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
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
 * The random-inspection matter list (随机抽查事项清单), public beforehand:
 * <pre>
 * curl -s 'localhost:8080/public/v1/matters?page=1&amp;size=20'
 * </pre>
 */
@Path("/public/v1/matters")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public inspection")
public class PublicMatterResource {
    private final MatterService matters;

    @Inject
    public PublicMatterResource(MatterService matters) {
        this.matters = matters;
    }

    @GET
    @Operation(summary = "The random-inspection matter list (随机抽查事项清单)")
    public Page<MatterView> matters(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return matters.list(PageRequest.of(page, size));
    }
}
