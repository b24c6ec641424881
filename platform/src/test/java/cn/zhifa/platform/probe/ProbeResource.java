package cn.zhifa.platform.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A test-only write endpoint: POST a marker, get 201 with the row key it wrote. */
@Path("/api/v1/test-probe")
@ApplicationScoped
public class ProbeResource {
    @Inject
    ProbeService service;

    public record ProbeRequest(String marker) {
    }

    public record ProbeResult(String runKey) {
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response write(ProbeRequest request) throws Exception {
        return Response.status(201).entity(new ProbeResult(service.write(request.marker(), false))).build();
    }
}
