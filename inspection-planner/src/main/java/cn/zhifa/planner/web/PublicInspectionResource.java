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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the inspected party sees on scanning the team's door QR (the record's {@code doorUrl}):
 * <pre>
 * curl -s 'localhost:8080/public/v1/inspections/17/door?sig=...'
 * {"agency":"长寿区市场监管局","genuine":true,"matter":"食品经营抽查","team":[{"credentialNumber":"...","name":"...","status":"ACTIVE"}]}
 * curl -s -H 'Accept: text/html' 'localhost:8080/public/v1/inspections/17/door?sig=...&amp;lang=en'   # the page a phone shows
 * curl -s -o door.png 'localhost:8080/public/v1/inspections/17/door.png?sig=...'                     # the QR itself
 * </pre>
 * The same URL answers JSON to API clients and a page to a browser ({@code Accept: text/html}), so the QR needs one URL.
 */
@Path("/public/v1/inspections")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "检查组亮证: the door QR")
public class PublicInspectionResource {
    private final DoorService doors;
    private final DoorPage page;

    @Inject
    public PublicInspectionResource(DoorService doors, DoorPage page) {
        this.doors = doors;
        this.page = page;
    }

    @GET
    @Path("/{id}/door")
    @Produces("application/json;qs=1")
    @Operation(summary = "The door QR: whether this inspection is genuine and, if so, its matter, agency and team "
            + "(names, credential numbers, live credential status); nothing else of the plan")
    @APIResponse(responseCode = "200", description = "{genuine, matter, agency, team: [{name, credentialNumber, "
            + "status}]}; a forged or altered sig: {genuine: false} and nothing else")
    public DoorView door(@PathParam("id") long id, @QueryParam("sig") String sig) {
        return doors.door(id, sig);
    }

    @GET
    @Path("/{id}/door")
    @Produces("text/html;qs=0.5")
    @Operation(summary = "The same door QR as a page for the phone that scans it (a browser asks for text/html): genuine "
            + "or not, matter, agency, team; Chinese, English with lang=en (a link on the page)")
    @APIResponse(responseCode = "200", description = "text/html")
    public Response doorPage(@PathParam("id") long id, @QueryParam("sig") String sig, @QueryParam("lang") String lang) {
        // Chinese unless asked on the page, as every page of the service (a phone's browser language is no request)
        java.util.Locale locale = "en".equals(lang) ? Messages.EN : Messages.ZH;
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(page.render(id, sig, doors.door(id, sig), locale), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore).build();
    }

    @GET
    @Path("/{id}/door.png")
    @Produces("image/png")
    @Operation(summary = "The door QR as a picture (what the officer's phone shows at the door): the QR of the record's "
            + "doorUrl, for a genuine signature only")
    @APIResponse(responseCode = "200", description = "image/png")
    @APIResponse(responseCode = "404", description = "not a genuine signature of an existing inspection")
    public Response doorQr(@PathParam("id") long id, @QueryParam("sig") String sig) {
        return doors.qrPng(id, sig).map(png -> Response.ok(png, "image/png").build())
                .orElseThrow(() -> ProblemException.notFound("inspection", id));
    }
}
