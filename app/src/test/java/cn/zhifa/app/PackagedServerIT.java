package cn.zhifa.app;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import cn.zhifa.platform.testing.ApiClient.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

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
            assertEquals(200, server.api().get("/health/ready", null).status());
            Reply page = server.api().get("/", null);
            assertEquals(200, page.status());
            assertTrue(page.body().contains("双随机"), "the portal page is served");
            assertEquals(200, server.api().get("/openapi", null).status());
            Reply unknown = server.api().get("/no-such-page", null);
            assertEquals(404, unknown.status());
            assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));

            seqAfterFirstStart = server.api().get("/public/v1/audit/head", null).json().getJsonNumber("seq").longValue();
            assertTrue(seqAfterFirstStart > 0, "the demo data was loaded, and audited");
            JsonObject roster = server.api().get("/public/v1/officers?size=100", null).json();
            assertTrue(roster.getInt("total") >= 10, "the demo roster is public: " + roster);
            String token = server.api().devTokenFor("500115001", "j-1", "judicial");
            assertEquals(401, server.api().get("/api/v1/audit/verify", null).status());
            Reply verify = server.api().get("/api/v1/audit/verify", token);
            assertEquals(200, verify.status());
            assertTrue(verify.json().getBoolean("valid"), verify.body());
            String planner = server.api().devTokenFor("500115002", "p-1", "planner");
            JsonArray matters = server.api().get("/api/v1/matters?size=100", planner).expect(200).json().getJsonArray("items");
            assertEquals(2, matters.size(), matters.toString());
            for (JsonValue matter : matters) {
                long id = matter.asJsonObject().getJsonNumber("id").longValue();
                JsonObject checklist = server.api().get("/api/v1/matters/" + id + "/checklist", planner).expect(200).json();
                assertTrue(checklist.getInt("version") >= 1 && checklist.getJsonArray("items").size() == 3,
                        "a demo visit can check in: every demo matter has its check list " + checklist);
            }
            assertTrue(server.logText().contains("Database: "), "the start logs which database it uses");
            assertNoIdentityNumber(server.logText());
            assertNoIdentityNumber(roster.toString());
        }
        try (ServerProcess again = ServerProcess.start(dataDir, "-Dzhifa.demo.enabled=true")) {
            long seq = again.api().get("/public/v1/audit/head", null).json().getJsonNumber("seq").longValue();
            assertEquals(seqAfterFirstStart, seq, "kept across the restart, demo not loaded twice");
        }
    }
}
