package cn.zhifa.credential.web;

import cn.zhifa.credential.service.PublicCredential;
import cn.zhifa.credential.service.PublicRosterService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public roster (公示, no token; never an identity number):
 * <pre>
 * curl -s 'localhost:8080/public/v1/officers?q=王&amp;category=MARKET_REGULATION&amp;area=500115&amp;page=1&amp;size=20'
 * {"items":[{"agency":{"code":"500115002","name":"重庆市长寿区市场监督管理局"},"name":"王建国",
 *   "number":"500115002202600001","position":"科员","status":"ACTIVE",...}],"page":1,"size":20,"total":1}
 * </pre>
 */
@Path("/public/v1/officers")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "公示: the public roster and credential verification data")
public class PublicRosterResource {
    private final PublicRosterService roster;

    @Inject
    public PublicRosterResource(PublicRosterService roster) {
        this.roster = roster;
    }

    @GET
    @Operation(summary = "Search credential holders by name or number, agency, category and area")
    @APIResponse(responseCode = "200", description = "A page of public entries")
    @APIResponse(responseCode = "400", description = "Unknown agency, category or area; bad paging")
    public Page<PublicCredential> officers(@QueryParam("q") String q, @QueryParam("agency") String agency,
                                           @QueryParam("category") String category, @QueryParam("area") String area,
                                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return roster.search(q, agency, category, area, PageRequest.of(page, size));
    }
}
