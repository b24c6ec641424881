package cn.zhifa.app.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The ceiling of this stack: a JAX-RS resource that returns a constant, under {@code /public} and {@code @PermitAll} like
 * the public verification, so that it passes the same filters. Never in the product: only the load run puts this class (with a
 * beans.xml of its own) on the packaged server's class path ({@code cn.zhifa.app.load.LoadRun}).
 */
@Path("/public/probe/constant")
@ApplicationScoped
@PermitAll
public class ConstantResource {
    static final String BODY = "{\"status\":\"ok\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String constant() {
        return BODY;
    }
}
