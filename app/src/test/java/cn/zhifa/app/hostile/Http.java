package cn.zhifa.app.hostile;

import cn.zhifa.platform.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Raw HTTP against the test server for the hostile and race tests: any method (PATCH too), any bytes
 * as the body, any Authorization header (also forged ones).
 */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    /** A response; {@link #json()} parses the body. */
    public record Reply(int status, String contentType, String body, String location) {
        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The fields named by the problem's errors[] ({@code null} for the request as a whole). */
        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            if (isProblem() && object().get("errors") instanceof JsonArray errors) {
                for (JsonValue error : errors) {
                    JsonValue field = error.asJsonObject().get("field");
                    fields.add(field == null || field.getValueType() == JsonValue.ValueType.NULL
                            ? null : ((jakarta.json.JsonString) field).getString());
                }
            }
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    /** {@code "Bearer …"} for a staff role (subject {@code <role>-hostile}). */
    public static String as(String role) {
        return Tokens.bearer(role + "-hostile", role);
    }

    /** {@code "Bearer …"} for the officer with this id. */
    public static String officer(long id) {
        return Tokens.bearer(String.valueOf(id), "officer");
    }

    public Reply get(String path, String authorization) {
        return send("GET", path, authorization, null, null, Map.of());
    }

    public Reply json(String method, String path, String authorization, String json) {
        return send(method, path, authorization, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public Reply send(String method, String path, String authorization, String contentType, byte[] body,
                      Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
