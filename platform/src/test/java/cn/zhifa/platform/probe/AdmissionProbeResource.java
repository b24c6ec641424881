package cn.zhifa.platform.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test-only endpoints of the admission limit: one that holds its request until released, one quick, one streamed. */
@Path("/api/v1/test-admission")
@ApplicationScoped
@PermitAll
public class AdmissionProbeResource {
    /** Counted down when a held request runs. */
    public static volatile CountDownLatch entered = new CountDownLatch(1);
    /** Counted down to let the held request finish. */
    public static volatile CountDownLatch release = new CountDownLatch(1);

    @GET
    @Path("held")
    @Produces(MediaType.TEXT_PLAIN)
    public String held() throws InterruptedException {
        entered.countDown();
        return release.await(30, TimeUnit.SECONDS) ? "released" : "timed out";
    }

    @GET
    @Path("quick")
    @Produces(MediaType.TEXT_PLAIN)
    public String quick() {
        return "quick";
    }

    @POST
    @Path("streamed")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.TEXT_PLAIN)
    public String streamed(InputStream body) throws IOException {
        return body.readAllBytes().length + " bytes";
    }
}
