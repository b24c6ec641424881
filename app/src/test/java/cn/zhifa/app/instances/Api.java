package cn.zhifa.app.instances;

import cn.zhifa.app.ServerProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client of one running server: development tokens per role and subject, JSON calls that check the status,
 * and writes with an {@code Idempotency-Key}. Thread-safe, so virtual threads can share it.
 */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Api(ServerProcess server) {
        this.baseUrl = server.baseUrl();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A development token of this server (servers sharing a data directory share the key, so tokens work on each). */
    public String token(String role, String subject) {
        return tokens.computeIfAbsent(role + "/" + subject, key -> {
            String body = Json.createObjectBuilder().add("sub", subject).add("groups", Json.createArrayBuilder().add(role))
                    .build().toString();
            return object(expect(200, send("POST", "/auth/dev-token", "application/json", body, null, null)))
                    .getString("token");
        });
    }

    /** Any request; {@code bearer} and {@code idempotencyKey} may be null. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String bearer,
                                     String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + baseUrl + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String bearer) {
        return send("GET", path, null, null, bearer, null);
    }

    public HttpResponse<String> postJson(String path, String json, String bearer) {
        return send("POST", path, "application/json", json, bearer, null);
    }

    /** A JSON call whose answer must have the given status; the parsed answer. */
    public JsonStructure call(int expected, String method, String path, String json, String bearer) {
        return parse(expect(expected, send(method, path, json == null ? null : "application/json", json, bearer, null)));
    }

    public static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": " + response.body());
        }
        return response;
    }

    public static JsonStructure parse(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    public static JsonObject object(HttpResponse<String> response) {
        return parse(response).asJsonObject();
    }

    /** Whether the audit chain of the whole record verifies, as the admin sees it. */
    public boolean auditValid() {
        return call(200, "GET", "/api/v1/audit/verify", null, token("admin", "admin-it")).asJsonObject().getBoolean("valid");
    }
}
