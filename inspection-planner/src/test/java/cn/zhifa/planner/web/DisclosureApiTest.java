package cn.zhifa.planner.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.testing.TargetFixture;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Tokens;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disclosure moment (issue 20 item 3) as the public API shows it: before the moment the matter, ratios,
 * commitment, hashes, counts per stratum and instants, never the drawn targets, teams, replacements, results or the
 * draw record; from the moment on the full record. The moment is judged on the business day of the server's clock,
 * the days below are taken from the same clock (TestClock). Area 500111 is this class's own.
 */
@HelidonTest
@DatabaseTest
class DisclosureApiTest {

    static final String AREA = "500111";
    static final LocalDate TODAY = TestClock.today();
    static final String EVERY_TARGET = "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}";

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    /** Eight targets of a fresh industry, four inspectors, and a draft plan drawing every target from {@code startsOn}. */
    private long plan(String disclosure, LocalDate startsOn) {
        String industry = "行业-" + UUID.randomUUID();
        Reply imported = http().postCsv("/api/v1/targets/import", TargetFixture.targetsCsv(AREA, industry, 8,
                new ArrayList<>()), Tokens.as("planner"));
        assertEquals(200, imported.status(), imported.body());
        for (int i = 0; i < 4; i++) {
            CredentialTables.inspector("公开检查员" + i, "MARKET_REGULATION", AREA);
        }
        Reply matter = http().post("/api/v1/matters", """
                {"name":"食品经营抽查","subject":"区市场监督管理局","legalBasis":"《食品安全法》第一百一十条",
                 "targetScope":"辖区食品经营者","content":"许可条件保持情况","method":"现场检查","frequency":"每年一次",
                 "category":"MARKET_REGULATION","industries":["%s"]}""".formatted(industry), Tokens.as("planner"));
        assertEquals(201, matter.status(), matter.body());
        Reply plan = http().post("/api/v1/plans", """
                {"name":"公开时点测试","matterId":%d,"year":%d,"areas":["%s"],"ratios":%s,"teamSize":2,
                 "inspectorCap":10,"startsOn":"%s","endsOn":"%s"%s}""".formatted(
                matter.json().getJsonNumber("id").longValue(), startsOn.getYear(), AREA, EVERY_TARGET, startsOn,
                startsOn.plusDays(20), disclosure == null ? "" : ",\"disclosure\":\"" + disclosure + "\""),
                Tokens.as("planner"));
        assertEquals(201, plan.status(), plan.body());
        assertEquals(disclosure == null ? "AT_DRAW" : disclosure, plan.json().getString("disclosure"));
        return plan.json().getJsonNumber("id").longValue();
    }

    /** Seals (the seal records the moment), draws and publishes; the drawn inspections. */
    private JsonArray sealDrawAndPublish(long planId, String disclosure) {
        Reply seal = http().post("/api/v1/plans/" + planId + "/seal", null, Tokens.as("planner"));
        assertEquals(200, seal.status(), seal.body());
        assertEquals(disclosure, seal.json().getString("disclosure"), "the seal records the moment");
        Reply draw = http().post("/api/v1/plans/" + planId + "/draw", "{}", Tokens.as("planner"));
        assertEquals(201, draw.status(), draw.body());
        assertEquals(200, http().post("/api/v1/plans/" + planId + "/publish", null, Tokens.as("planner")).status());
        return draw.json().getJsonArray("inspections");
    }

    private JsonObject publicPlan(long planId) {
        Reply reply = http().get("/public/v1/plans/" + planId, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** What the public sees before the moment: the counts and the commitment, nobody drawn. */
    private void assertUndisclosed(long planId, JsonArray drawn) {
        JsonObject detail = publicPlan(planId);
        assertFalse(detail.getBoolean("disclosed"));
        assertTrue(detail.getJsonArray("inspections").isEmpty(), "no drawn target: " + detail);
        assertTrue(detail.getJsonArray("replacements").isEmpty(), "no replacement: " + detail);
        assertEquals(8, detail.getJsonArray("strata").stream().mapToInt(s -> s.asJsonObject().getInt("drawn")).sum(),
                "the counts per stratum are public");
        assertEquals(64, detail.getJsonObject("seal").getString("commitment").length());
        assertTrue(detail.getJsonObject("plan").containsKey("drawnAtMs"));
        String body = http().get("/public/v1/plans/" + planId, null).body()
                + http().get("/public/v1/plans/" + planId + "/commitment", null).body()
                + http().get("/public/v1/plans?size=100", null).body();
        for (JsonObject i : drawn.getValuesAs(JsonObject.class)) {
            assertFalse(body.contains(i.getString("creditCode")), "a drawn target leaks: " + i.getString("creditCode"));
            assertFalse(body.contains(i.getJsonArray("inspectors").getJsonObject(0).getString("credentialNumber")),
                    "a team member leaks");
        }
        assertEquals(404, http().get("/public/v1/plans/" + planId + "/draw-record", null).status(),
                "the seed and the eligible list would give the drawn targets");
        assertEquals("[]", http().send("GET", "/public/v1/plans/" + planId + "/inspections", null, null, null,
                Map.of("Accept", "application/json")).expect(200).body().strip());
        String csv = http().send("GET", "/public/v1/plans/" + planId + "/inspections", null, null, null,
                Map.of("Accept", "text/csv")).expect(200).body();
        assertEquals(1, csv.lines().count(), "the CSV has its header only: " + csv);
    }

    private void assertDisclosed(long planId, JsonArray drawn) {
        JsonObject detail = publicPlan(planId);
        assertTrue(detail.getBoolean("disclosed"));
        assertEquals(drawn.size(), detail.getJsonArray("inspections").size());
        Reply record = http().get("/public/v1/plans/" + planId + "/draw-record", null);
        assertEquals(200, record.status(), record.body());
        assertEquals(drawn.size(), record.json().getJsonArray("drawnCreditCodes").size());
    }

    @Test
    void shouldShowTheDrawOncePublishedWithoutADisclosureSetting() {
        long planId = plan(null, TODAY);
        assertDisclosed(planId, sealDrawAndPublish(planId, "AT_DRAW"));
    }

    @Test
    void shouldWithholdTheDrawUntilTheWindowsFirstBusinessDay() {
        long tomorrow = plan("AT_WINDOW_START", TODAY.plusDays(1));
        assertUndisclosed(tomorrow, sealDrawAndPublish(tomorrow, "AT_WINDOW_START"));
        assertEquals("AT_WINDOW_START", publicPlan(tomorrow).getJsonObject("plan").getString("disclosure"));

        long today = plan("AT_WINDOW_START", TODAY);
        assertDisclosed(today, sealDrawAndPublish(today, "AT_WINDOW_START"));
    }

    @Test
    void shouldWithholdTheDrawAndItsReplacementsUntilTheResultsArePublished() {
        long planId = plan("AT_RESULTS", TODAY);
        JsonArray drawn = sealDrawAndPublish(planId, "AT_RESULTS");
        long replaced = drawn.getJsonObject(0).getJsonArray("inspectors").getJsonObject(0)
                .getJsonNumber("officerId").longValue();
        Reply replacement = http().post("/api/v1/plans/" + planId + "/replacements",
                "{\"officerId\":" + replaced + ",\"reason\":\"ILLNESS\"}", Tokens.as("planner"));
        assertEquals(201, replacement.status(), replacement.body());
        for (JsonObject i : drawn.getValuesAs(JsonObject.class)) {
            assertEquals(200, http().put("/api/v1/inspections/" + i.getJsonNumber("id") + "/result",
                    "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\"}", Tokens.as("planner")).status());
        }
        assertUndisclosed(planId, drawn);
        assertEquals(8, http().get("/api/v1/plans/" + planId, Tokens.as("planner")).json().getJsonArray("inspections")
                .size(), "the planner sees the draw all along");

        Reply published = http().post("/api/v1/plans/" + planId + "/publish-results", null, Tokens.as("planner"));
        assertEquals(200, published.status(), published.body());
        assertDisclosed(planId, drawn);
        JsonObject detail = publicPlan(planId);
        assertEquals(1, detail.getJsonArray("replacements").size());
        assertEquals("NO_ISSUE", detail.getJsonArray("inspections").getJsonObject(0).getString("resultCode"));
    }

    @Test
    void shouldRefuseAnUnknownDisclosureMoment() {
        Reply plan = http().post("/api/v1/plans", """
                {"name":"公开时点测试","matterId":1,"year":%d,"areas":["%s"],"ratios":%s,"teamSize":2,
                 "startsOn":"%s","endsOn":"%s","disclosure":"NEVER"}""".formatted(TODAY.getYear(), AREA, EVERY_TARGET,
                TODAY, TODAY), Tokens.as("planner"));
        assertEquals(400, plan.status(), plan.body());
        JsonObject error = plan.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("disclosure", error.getString("field"));
        assertEquals("DISCLOSURE_UNKNOWN", error.getString("code"));
    }
}
