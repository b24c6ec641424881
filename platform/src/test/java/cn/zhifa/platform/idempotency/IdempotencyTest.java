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
import static org.junit.jupiter.api.Assertions.assertNull;

@HelidonTest
@DatabaseTest
class IdempotencyTest {
    @Inject
    WebTarget target;

    private Response post(String key, String marker) {
        return post(key, marker, "", "zh");
    }

    /** {@code query} is empty or one {@code ?name=value}. */
    private Response post(String key, String marker, String query, String language) {
        WebTarget probe = target.path("/api/v1/test-probe");
        if (!query.isEmpty()) {
            String[] parameter = query.substring(1).split("=", 2);
            probe = probe.queryParam(parameter[0], parameter[1]);
        }
        var request = probe.request()
                .header("Authorization", Tokens.bearer("a-1", "admin")).header("Accept-Language", language);
        if (key != null) {
            request = request.header(IdempotencyFilter.HEADER, key);
        }
        return request.post(Entity.json("{\"marker\":\"" + marker + "\"}"));
    }

    private static String newMarker() {
        return "idem-" + UUID.randomUUID().toString().substring(0, 8);
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
        assertEquals(first.getLocation(), second.getLocation());
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
    void shouldAnswerInChineseToJavasFormOfTheLanguageAndWriteOnceOnARetry() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = newMarker();
        for (String language : new String[] {"zh_CN", "zh_CN,en;q=0.5", "*;q=x,,;"}) {
            Response response = post(UUID.randomUUID().toString(), newMarker(), "", language);
            assertEquals(201, response.getStatus(), () -> language + ": " + response.readEntity(String.class));
            assertEquals("必填字段缺失。", response.readEntity(JsonObject.class).getString("message"));
        }
        assertEquals(201, post(key, marker, "", "zh_CN").getStatus());
        assertEquals(201, post(key, marker, "", "zh_CN").getStatus());
        assertEquals(1, rowsOf(marker));
    }

    /** A write that fails ({@code ?then=...}) sent twice with one key: both answers, and the rows it left. */
    private record FailedTwice(Response first, Response retry, long rows) {
        String errorId(Response response) {
            return response.readEntity(JsonObject.class).getString("errorId");
        }
    }

    private FailedTwice failTwice(String then) throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = newMarker();
        Response first = post(key, marker, "?then=" + then, "zh");
        first.bufferEntity();
        Response retry = post(key, marker, "?then=" + then, "zh");
        retry.bufferEntity();
        assertEquals(500, first.getStatus());
        assertEquals(500, retry.getStatus());
        return new FailedTwice(first, retry, rowsOf(marker));
    }

    @Test
    void shouldKeepTheKeyOfAWriteThatCommittedBeforeTheAnswerFailed() throws Exception {
        FailedTwice afterCommit = failTwice("fail");
        assertEquals("true", afterCommit.retry().getHeaderString("Idempotent-Replay"));
        assertEquals(afterCommit.errorId(afterCommit.first()), afterCommit.errorId(afterCommit.retry()));
        assertEquals(1, afterCommit.rows(), "the retry did not write again");
    }

    @Test
    void shouldReleaseTheKeyOfAWriteThatRolledBack() throws Exception {
        FailedTwice rolledBack = failTwice("fail-inside");
        assertNull(rolledBack.retry().getHeaderString("Idempotent-Replay"));
        assertNotEquals(rolledBack.errorId(rolledBack.first()), rolledBack.errorId(rolledBack.retry()));
        assertEquals(0, rolledBack.rows());
    }

    @Test
    void shouldNotKeepTheKeyOfARefusalForWantOfPermission() throws Exception {
        // a 403 changes nothing: once the caller may (a token of the right agency), the same key must write
        String key = UUID.randomUUID().toString();
        String marker = newMarker();
        Response first = post(key, marker, "?then=forbid", "zh");
        assertEquals(403, first.getStatus());
        Response again = post(key, marker, "?then=forbid", "zh");
        assertEquals(403, again.getStatus());
        assertNull(again.getHeaderString("Idempotent-Replay"));
        assertEquals(0, rowsOf(marker));
    }

    @Test
    void shouldTreatAnotherQueryStringAsAnotherRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = newMarker();
        assertEquals(201, post(key, marker, "?year=2026", "zh").getStatus());
        Response other = post(key, marker, "?year=2027", "zh");
        assertEquals(422, other.getStatus());
        assertEquals("IDEMPOTENCY_KEY_REUSED",
                other.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(1, rowsOf(marker));
    }

    @Test
    void shouldReplayARefusalWithItsFieldErrors() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, "", "", "zh");
        assertEquals(422, first.getStatus());
        JsonObject firstBody = first.readEntity(JsonObject.class);
        assertEquals("marker", firstBody.getJsonArray("errors").getJsonObject(0).getString("field"));
        Response replay = post(key, "", "", "zh");
        assertEquals(422, replay.getStatus());
        assertEquals("true", replay.getHeaderString("Idempotent-Replay"));
        assertEquals("application/problem+json", replay.getMediaType().toString());
        assertEquals(firstBody, replay.readEntity(JsonObject.class));
    }

    @Test
    void shouldRefuseAMalformedKey() {
        assertEquals(400, post("has space", "idem-x").getStatus());
        assertEquals(400, post("k".repeat(129), "idem-x").getStatus());
    }
}
