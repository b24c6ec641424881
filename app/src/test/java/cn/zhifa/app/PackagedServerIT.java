package cn.zhifa.app;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command, as a newcomer runs it: the packaged server starts, is ready, serves its
 * pages, API and demo data, and keeps its data across a restart without loading the demo twice.
 */
@DatabaseTest
class PackagedServerIT {

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Every 18-character run with a valid GB 11643 check character counts as an identity number. */
    private static void assertNoIdentityNumber(String text) {
        Matcher candidates = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])").matcher(text);
        while (candidates.find()) {
            assertFalse(ResidentIdChecksum.isValid(candidates.group()), "an identity number leaked: "
                    + candidates.group().substring(0, 6) + "…");
        }
    }

    @Test
    void shouldStartReadyWithDemoDataAndKeepItAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-data-");
        long seqAfterFirstStart;
        try (ServerProcess server = ServerProcess.start(dataDir, "-Dzhifa.demo.enabled=true")) {
            assertEquals(200, server.get("/health/ready").statusCode());
            HttpResponse<String> page = server.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("双随机"), "the portal page is served");
            assertEquals(200, server.get("/openapi").statusCode());
            HttpResponse<String> unknown = server.get("/no-such-page");
            assertEquals(404, unknown.statusCode());
            assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));

            seqAfterFirstStart = json(server.get("/public/v1/audit/head")).getJsonNumber("seq").longValue();
            assertTrue(seqAfterFirstStart > 0, "the demo data was loaded, and audited");
            JsonObject roster = json(server.get("/public/v1/officers?size=100"));
            assertTrue(roster.getInt("total") >= 10, "the demo roster is public: " + roster);
            String token = json(server.post("/auth/dev-token", "{\"sub\":\"j-1\",\"groups\":[\"judicial\"]}", null))
                    .getString("token");
            assertEquals(401, server.get("/api/v1/audit/verify").statusCode());
            HttpResponse<String> verify = server.getWithToken("/api/v1/audit/verify", token);
            assertEquals(200, verify.statusCode());
            assertTrue(json(verify).getBoolean("valid"), verify.body());
            assertTrue(server.logText().contains("Database: "), "the start logs which database it uses");
            assertNoIdentityNumber(server.logText());
            assertNoIdentityNumber(roster.toString());
        }
        try (ServerProcess again = ServerProcess.start(dataDir, "-Dzhifa.demo.enabled=true")) {
            long seq = json(again.get("/public/v1/audit/head")).getJsonNumber("seq").longValue();
            assertEquals(seqAfterFirstStart, seq, "kept across the restart, demo not loaded twice");
        }
    }
}
