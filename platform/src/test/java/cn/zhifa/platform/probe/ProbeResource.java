package cn.zhifa.platform.probe;

import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * A test-only write endpoint: POST a marker, get 201 with the row key it wrote and a message in the client's
 * language (rendered after the commit, as the real resources do). A blank marker is a 422 with one field error;
 * {@code ?then=fail} fails after the write committed, {@code ?then=fail-inside} before (rolled back),
 * {@code ?then=forbid} is a 403 before any write; any other query parameter is only part of the request.
 */
@Path("/api/v1/test-probe")
@ApplicationScoped
public class ProbeResource {
    @Inject
    ProbeService service;

    @Inject
    CurrentActor actor;

    /** The caller as the server reads it from the token: subject and agency. */
    @GET
    @Path("actor")
    @RolesAllowed({"admin", "hr", "judicial", "trainer", "planner", "officer"})
    @Produces(MediaType.TEXT_PLAIN)
    public String actor() {
        return actor.get().subject() + "@" + actor.get().agency();
    }

    public record ProbeRequest(String marker) {
    }

    public record ProbeResult(String runKey, String message) {
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response write(ProbeRequest request, @QueryParam("then") String then, @Context HttpHeaders headers)
            throws Exception {
        if (request.marker() == null || request.marker().isBlank()) {
            throw ProblemException.rejected("marker", "FIELD_REQUIRED");
        }
        if ("forbid".equals(then)) {
            throw ProblemException.of(403, "AGENCY_OUT_OF_SCOPE", request.marker());
        }
        String runKey = service.write(request.marker(), "fail-inside".equals(then));
        if ("fail".equals(then)) {
            throw new IllegalStateException("failure after the commit");
        }
        return Response.created(URI.create("/api/v1/test-probe/" + runKey)).entity(new ProbeResult(runKey, Messages.text(Messages.of(headers), "FIELD_REQUIRED")))
.build();
    }
}
