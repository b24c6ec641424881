package cn.zhifa.credential.testing;

import cn.zhifa.platform.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.client.WebTarget;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * HTTP calls against the test server with tokens of the given roles (java.net.http, which also speaks PATCH),
 * and the few steps most tests start from: an officer, passed exams, an issued credential.
 */
public final class Api {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final URI base;

    public Api(WebTarget target) {
        this.base = target.getUri();
    }

    /** A response with its body as text. */
    public record Reply(int status, String contentType, String body, byte[] bytes) {
        public JsonObject json() {
            return (JsonObject) structure();
        }

        public jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    /** The actor of a call: a subject and its roles; {@code null} for no token. */
    public record As(String subject, String... roles) {
        public static final As HR = new As("hr-test", "hr");
        public static final As JUDICIAL = new As("judicial-test", "judicial");
        public static final As TRAINER = new As("trainer-test", "trainer");
        public static final As NOBODY = null;

        public static As officer(long id) {
            return new As(String.valueOf(id), "officer");
        }
    }

    public Reply get(String path, As as) {
        return send(request(path, as).GET().build());
    }

    /** A GET asking for messages in {@code language} (Accept-Language). */
    public Reply get(String path, As as, String language) {
        return send(request(path, as).header("Accept-Language", language).GET().build());
    }

    public Reply post(String path, String json, As as) {
        return send(request(path, as).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST with an {@code Idempotency-Key}. */
    public Reply post(String path, String json, As as, String idempotencyKey) {
        return send(request(path, as).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply patch(String path, String json, As as) {
        return send(request(path, as).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply upload(String path, String contentType, byte[] body, As as) {
        return send(request(path, as).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Creates an officer (HR) and returns its id. */
    public long createOfficer(String name, String employmentType, String postStatus, boolean qualification,
                              boolean reviewer, String agency) {
        Reply created = post("/api/v1/officers", TestOfficers.officerJson(name, TestOfficers.newIdNumber(), agency,
                employmentType, postStatus, qualification, reviewer), As.HR);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A regular, on-post officer of 500115002 who passed both exams. */
    public long eligibleOfficer(String name) {
        long id = createOfficer(name, "REGULAR", "ON_POST", false, false, "500115002");
        passExams(id);
        return id;
    }

    public void passExams(long officerId) {
        for (String kind : new String[]{"COMPREHENSIVE_LAW", "PROFESSIONAL_LAW"}) {
            Reply exam = post("/api/v1/officers/" + officerId + "/exams",
                    "{\"kind\":\"" + kind + "\",\"passed\":true,\"score\":80,\"takenOn\":\"2025-06-01\"}", As.JUDICIAL);
            assertEquals(201, exam.status(), exam.body());
        }
    }

    /** Issues a credential and returns its number. */
    public String issue(long officerId) {
        Reply issued = post("/api/v1/credentials", "{\"officerId\":" + officerId + "}", As.JUDICIAL);
        assertEquals(201, issued.status(), issued.body());
        return issued.json().getString("number");
    }

    public Reply act(String number, String action, String reason) {
        return post("/api/v1/credentials/" + number + "/" + action, "{\"reason\":\"" + reason + "\"}", As.JUDICIAL);
    }

    private HttpRequest.Builder request(String path, As as) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (as != null) {
            builder.header("Authorization", Tokens.bearer(as.subject(), as.roles()));
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
