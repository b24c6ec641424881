package cn.zhifa.servers.credential;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The training server's published duty endpoint ({@code cn.zhifa.training.web.TrainingDutyResource}), as a
 * MicroProfile REST Client. It answers a raw {@link Response} so that the caller tells "no such officer" (404)
 * from a failing server without the client's exception mapping.
 */
@Path("/api/v1/training/duties")
public interface TrainingDutyClient {
    @GET
    @Path("{officerId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response yearlyDuty(@PathParam("officerId") long officerId, @QueryParam("year") int year,
                        @HeaderParam("Authorization") String authorization);
}
