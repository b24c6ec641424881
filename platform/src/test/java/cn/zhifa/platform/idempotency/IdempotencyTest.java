package cn.zhifa.platform.idempotency;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@HelidonTest
@DatabaseTest
class IdempotencyTest {
    @Inject
    WebTarget target;

    private Response post(String key, String marker) {
        var request = target.path("/api/v1/test-probe").request().header("Authorization", Tokens.bearer("a-1", "admin"));
        if (key != null) {
            request = request.header(IdempotencyFilter.HEADER, key);
        }
        return request.post(Entity.json("{\"marker\":\"" + marker + "\"}"));
    }

    private static long rowsOf(String marker) throws Exception {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM shr_job_run WHERE run_key LIKE ?")) {
            s.setString(1, marker + "-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void shouldReturnTheFirstResultForTheSameKeyAndBodyAndWriteOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        Response first = post(key, marker);
        first.bufferEntity();
        assertEquals(201, first.getStatus(), () -> first.readEntity(String.class));
        Response second = post(key, marker);
        assertEquals(201, second.getStatus());
        assertEquals("true", second.getHeaderString("Idempotent-Replay"));
        assertEquals(first.readEntity(JsonObject.class).getString("runKey"),
                second.readEntity(JsonObject.class).getString("runKey"));
        assertEquals(1, rowsOf(marker));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, post(key, marker).getStatus());
        Response reused = post(key, marker + "-other");
        assertEquals(422, reused.getStatus());
        assertEquals("IDEMPOTENCY_KEY_REUSED",
                reused.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(0, rowsOf(marker + "-other"));
    }

    @Test
    void shouldWriteTwiceWithoutAKey() throws Exception {
        String marker = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String first = post(null, marker).readEntity(JsonObject.class).getString("runKey");
        String second = post(null, marker).readEntity(JsonObject.class).getString("runKey");
        assertNotEquals(first, second);
        assertEquals(2, rowsOf(marker));
    }

    @Test
    void shouldRefuseAMalformedKey() {
        assertEquals(400, post("has space", "idem-x").getStatus());
        assertEquals(400, post("k".repeat(129), "idem-x").getStatus());
    }
}
