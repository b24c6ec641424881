package cn.zhifa.platform.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP client of every API test, in-process server or started server alike: any method (PATCH too), JSON or
 * any bytes as the body, any {@code Authorization} header ({@link Tokens#as} for a role, {@link #devToken} from a
 * started server, a forged one, or {@link #NOBODY}), an {@code Idempotency-Key} or any other header. A
 * {@link Reply} keeps status, headers and body, reads the body as JSON and problem+json, and
 * {@link Reply#expect checks} the status. Thread-safe: virtual threads may share one.
 */
public final class ApiClient {
    /** No {@code Authorization} header: an anonymous caller. */
    public static final String NOBODY = null;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final Map<String, String> devTokens = new ConcurrentHashMap<>();

    public ApiClient(URI base) {
        this.base = base;
    }

    /** A client of the server a Helidon test injected this target of. */
    public static ApiClient of(WebTarget target) {
        return new ApiClient(target.getUri());
    }

    public URI base() {
        return base;
    }

    /** An answer; the body as text, JSON, or a problem's codes and fields. */
    public record Reply(String method, URI uri, int status, HttpHeaders headers, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The first value of a header, {@code null} without one. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The {@code Content-Type}, {@code ""} without one. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        public JsonObject json() {
            return structure().asJsonObject();
        }

        public JsonArray array() {
            return structure().asJsonArray();
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        /** The fields the problem's {@code errors[]} name, in order ({@code null} for the request as a whole). */
        public List<String> fields() {
            return errors("field");
        }

        /** The codes of the problem's {@code errors[]}, in order. */
        public List<String> codes() {
            return errors("code");
        }

        private List<String> errors(String name) {
            List<String> values = new ArrayList<>();
            if (isProblem() && json().get("errors") instanceof JsonArray errors) {
                for (JsonValue error : errors) {
                    values.add(error.asJsonObject().get(name) instanceof JsonString value ? value.getString() : null);
                }
            }
            return values;
        }

        /** This answer if it has the status; otherwise an {@link AssertionError} with the request and the body. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError(method + " " + uri + " answered " + this + " instead of " + expected);
            }
            return this;
        }

        /** This answer if it is the problem ({@code urn:zhifa:problem:<code>}) with the status; else an AssertionError. */
        public Reply expectProblem(int expected, String code) {
            expect(expected);
            String type = isProblem() ? json().getString("type", "") : "";
            if (!type.equals("urn:zhifa:problem:" + code)) {
                throw new AssertionError(method + " " + uri + " answered " + this + " instead of the problem " + code);
            }
            return this;
        }

        @Override
        public String toString() {
            String body = body();
            return status + " " + contentType() + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    /**
     * {@code "Bearer …"} for the subject in the roles, from the started server's {@code POST /auth/dev-token}, as the
     * sign-in page gets one (servers sharing a data directory share the key, so the token holds on each); asked once
     * per client.
     */
    public String devToken(String subject, String... roles) {
        return devTokenFor(null, subject, roles);
    }

    /**
     * {@link #devToken} acting for {@code agency} (null: none, which a server on a real database refuses to staff unless
     * configured otherwise: {@code zhifa.security.unscoped-staff-allowed}).
     */
    public String devTokenFor(String agency, String subject, String... roles) {
        return devTokens.computeIfAbsent(agency + "/" + subject + "/" + String.join(",", roles), key -> {
            var body = Json.createObjectBuilder().add("sub", subject).add("groups", Json.createArrayBuilder(List.of(roles)));
            if (agency != null) {
                body.add("agency", agency);
            }
            return "Bearer " + post("/auth/dev-token", body.build().toString(), NOBODY).expect(200).json().getString("token");
        });
    }

    public Reply get(String path, String authorization) {
        return send("GET", path, authorization, null, null, Map.of());
    }

    /** A request with a JSON body ({@code null}: no body). */
    public Reply json(String method, String path, String json, String authorization) {
        return send(method, path, authorization, json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public Reply post(String path, String json, String authorization) {
        return json("POST", path, json, authorization);
    }

    /** A POST with more headers: an {@code Idempotency-Key}, {@code Accept-Language}, {@code Prefer}... */
    public Reply post(String path, String json, String authorization, Map<String, String> headers) {
        return send("POST", path, authorization, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public Reply put(String path, String json, String authorization) {
        return json("PUT", path, json, authorization);
    }

    public Reply patch(String path, String json, String authorization) {
        return json("PATCH", path, json, authorization);
    }

    /** A POST of CSV text (UTF-8), as an import takes it. */
    public Reply postCsv(String path, String csv, String authorization) {
        return upload(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8), authorization);
    }

    /** A POST of a file: CSV in any charset, a workbook, any bytes. */
    public Reply upload(String path, String contentType, byte[] body, String authorization) {
        return send("POST", path, authorization, contentType, body, Map.of());
    }

    /** Any request; {@code authorization}, {@code contentType} and {@code body} may be null. */
    public Reply send(String method, String path, String authorization, String contentType, byte[] body,
                      Map<String, String> headers) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(method, uri, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri, e);
        }
    }
}
