package cn.zhifa.platform.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.probe.AdmissionProbeResource;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import io.helidon.microprofile.testing.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One permit, no queue: a second API request while one runs is refused, probes and streamed bodies are not counted. */
@HelidonTest
@DatabaseTest
@AddConfig(key = "zhifa.admission.permits", value = "1")
@AddConfig(key = "zhifa.admission.queue-length", value = "0")
class AdmissionLimitTest {
    @Inject
    WebTarget target;

    @Test
    void shouldRefuseAnApiRequestBeyondThePermitsButNotProbesNorStreamedBodiesAndGiveThePermitBack() throws Exception {
        ApiClient api = ApiClient.of(target);
        AdmissionProbeResource.entered = new CountDownLatch(1);
        AdmissionProbeResource.release = new CountDownLatch(1);
        CompletableFuture<Reply> held = CompletableFuture.supplyAsync(() -> api.get("/api/v1/test-admission/held", null));
        assertTrue(AdmissionProbeResource.entered.await(20, TimeUnit.SECONDS), "the held request runs");
        try {
            Reply busy = api.send("GET", "/api/v1/test-admission/quick", null, null, null, Map.of("Accept-Language", "en"));
            assertEquals(503, busy.status(), busy.body());
            assertEquals("urn:zhifa:problem:SERVER_BUSY", busy.json().getString("type"));
            assertEquals("The server is busy; retry in a moment.", busy.json().getString("detail"));
            assertTrue(busy.header("Retry-After") != null, "says when to retry");

            assertEquals(200, api.get("/health/live", null).status(), "a probe is not an API request");
            Reply streamed = api.upload("/api/v1/test-admission/streamed", "application/octet-stream",
                    "evidence".getBytes(StandardCharsets.UTF_8), null);
            assertEquals("8 bytes", streamed.expect(200).body(), "a streamed body holds no permit");
        } finally {
            AdmissionProbeResource.release.countDown();
        }
        assertEquals("released", held.get(30, TimeUnit.SECONDS).expect(200).body());
        assertEquals("quick", api.get("/api/v1/test-admission/quick", null).expect(200).body(), "the permit is back");
    }
}
