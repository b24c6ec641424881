package cn.zhifa.planner.testing;

import java.io.StringReader;

import cn.zhifa.platform.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;

/** Requests with a role's token; replies keep status and body text, parsed on demand. */
public final class Http {

    private final WebTarget target;

    public Http(WebTarget target) {
        this.target = target;
    }

    public record Reply(int status, String body, String contentType) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    public static String planner() {
        return Tokens.bearer("planner-1", "planner");
    }

    public Reply get(String path, String bearer) {
        return reply(request(path, bearer).get());
    }

    public Reply post(String path, String json, String bearer) {
        return reply(request(path, bearer).post(Entity.json(json == null ? "{}" : json)));
    }

    public Reply put(String path, String json, String bearer) {
        return reply(request(path, bearer).put(Entity.json(json)));
    }

    public Reply postCsv(String path, String csv, String bearer) {
        return reply(request(path, bearer).post(Entity.entity(csv, "text/csv")));
    }

    public Invocation.Builder request(String path, String bearer) {
        String[] parts = path.split("\\?", 2);
        WebTarget t = target.path(parts[0]);
        if (parts.length == 2) {
            for (String kv : parts[1].split("&")) {
                String[] p = kv.split("=", 2);
                t = t.queryParam(p[0], p[1]);
            }
        }
        Invocation.Builder b = t.request();
        return bearer == null ? b : b.header("Authorization", bearer);
    }

    private static Reply reply(Response r) {
        String type = r.getMediaType() == null ? null : r.getMediaType().toString();
        return new Reply(r.getStatus(), r.readEntity(String.class), type);
    }
}
