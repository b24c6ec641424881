package cn.zhifa.platform.startup;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The training run's HTTP client of its own server on the loopback address, with development tokens from the server's
 * {@code /auth/dev-token} (served on the loopback address of the embedded database's default). Thread-safe.
 */
public final class TrainingClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public TrainingClient(URI base) {
        this.base = base;
    }

    /** An answer: status, headers and body. */
    public record Answer(String request, int status, Map<String, List<String>> headers, String body) {

        /** This answer when its status is one of {@code expected}, else an exception naming request and answer. */
        public Answer expect(int... expected) {
            for (int e : expected) {
                if (status == e) {
                    return this;
                }
            }
            throw new IllegalStateException("training request " + request + " answered " + status + ": " + body);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** {@code Bearer …}: a development token for the subject and roles (kept and reused). */
    public String token(String subject, String... roles) {
        return tokens.computeIfAbsent(subject + "/" + String.join(",", roles), key -> {
            String body = Json.createObjectBuilder().add("sub", subject)
                    .add("groups", Json.createArrayBuilder(List.of(roles))).build().toString();
            return "Bearer " + send("POST", "/auth/dev-token", null, "application/json", body, Map.of())
                    .expect(200).json().getString("token");
        });
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    /** A request with a JSON body (null: none). */
    public Answer json(String method, String path, String token, String json) {
        return send(method, path, token, json == null ? null : "application/json", json, Map.of());
    }

    /** Any request: {@code token} and {@code contentType} may be null, {@code body} null for none. */
    public Answer send(String method, String path, String token, String contentType, String body,
                       Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(method + " " + path, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + path, e);
        }
    }
}
