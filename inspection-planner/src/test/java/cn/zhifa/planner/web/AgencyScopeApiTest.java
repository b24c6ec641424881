package cn.zhifa.planner.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.testing.TargetFixture;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 in inspection-planner: a planner acts only for the agencies of its scope. Matters belong to their agency;
 * a plan is changed by the planners of its lead agency (its lead matter's) and read by those of any of its agencies
 * and by the judicial bureau of their area; a joint plan's confirmation is given only by a planner of the confirming
 * agency (issue 20); results are recorded by the planners of the matter's agency. Every refusal is 403
 * AGENCY_OUT_OF_SCOPE and changes nothing. A judicial token acting for 万州区 (500101002) stands for another district's
 * bureau. Area 500102 and its industries are this class's own.
 */
@HelidonTest
@DatabaseTest
class AgencyScopeApiTest {
    static final String AREA = "500102";
    static final String MARKET = "500115002";
    static final String URBAN = "500115003";
    static final String WANZHOU = "500101002";
    static final LocalDate TODAY = TestClock.today();
    static final String EVERY_TARGET = "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}";

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    private static String planner(String agency) {
        return as(Roles.PLANNER, agency);
    }

    private static void assertOutOfScope(Reply reply) {
        reply.expectProblem(403, "AGENCY_OUT_OF_SCOPE");
    }

    /** {@code count} targets of a new industry in the area, imported by a planner of 万州: the directory is shared. */
    private String industry(int count) {
        String industry = "行业-" + UUID.randomUUID();
        http().postCsv("/api/v1/targets/import", TargetFixture.targetsCsv(AREA, industry, count, new ArrayList<>()),
                planner(WANZHOU)).expect(200);
        return industry;
    }

    private Reply matter(String name, String category, String agency, String industry, String bearer) {
        return http().post("/api/v1/matters", """
                {"name":"%s","subject":"区有关部门","legalBasis":"有关法律法规","targetScope":"辖区经营者",
                 "content":"检查内容","method":"现场检查","frequency":"每年一次","category":"%s"%s,
                 "industries":["%s"]}""".formatted(name, category,
                agency == null ? "" : ",\"agencyCode\":\"" + agency + "\"", industry), bearer);
    }

    private long matterId(Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private Reply plan(List<Long> matterIds, String bearer) {
        return http().post("/api/v1/plans", """
                {"name":"分机关抽查","matterIds":%s,"year":%d,"areas":["%s"],"ratios":%s,"teamSize":2,"inspectorCap":20,
                 "startsOn":"%s","endsOn":"%s"}""".formatted(matterIds, TODAY.getYear(), AREA, EVERY_TARGET, TODAY,
                TODAY.plusDays(20)), bearer);
    }

    private static long id(Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private List<Long> ids(String path, String bearer) {
        return http().get(path + "?size=500", bearer).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void shouldKeepMattersToTheirAgencyWhileThePublicListShowsThemAll() throws Exception {
        String industry = industry(1);
        long market = matterId(matter("市场监管事项", "MARKET_REGULATION", MARKET, industry, planner(MARKET)));
        Reply ownAgency = matter("城管事项", "URBAN_MANAGEMENT", null, industry, planner(URBAN));
        long urban = matterId(ownAgency);
        assertEquals(URBAN, ownAgency.json().getString("agencyCode"), "a matter naming no agency is the planner's own");

        String name = "越权事项-" + UUID.randomUUID();
        assertOutOfScope(matter(name, "URBAN_MANAGEMENT", URBAN, industry, planner(MARKET)));
        assertEquals(0, PlanApiTest.count("SELECT COUNT(*) FROM insp_matter WHERE name = ?", name));

        http().get("/api/v1/matters/" + market, planner(MARKET)).expect(200);
        assertOutOfScope(http().get("/api/v1/matters/" + market, planner(URBAN)));
        assertOutOfScope(http().get("/api/v1/matters/" + urban, planner(MARKET)));
        http().get("/api/v1/matters/" + market, planner("500000002")).expect(200); // the agency above
        assertOutOfScope(http().get("/api/v1/matters/" + market, planner("500115011"))); // a unit below

        List<Long> marketList = ids("/api/v1/matters", planner(MARKET));
        assertTrue(marketList.contains(market) && !marketList.contains(urban), marketList.toString());
        List<Long> urbanList = ids("/api/v1/matters", planner(URBAN));
        assertTrue(urbanList.contains(urban) && !urbanList.contains(market), urbanList.toString());
        assertTrue(ids("/api/v1/matters", planner(WANZHOU)).stream().noneMatch(m -> m == market || m == urban));
        List<Long> publicList = ids("/public/v1/matters", null);
        assertTrue(publicList.contains(market) && publicList.contains(urban), "the public list stays whole");
    }

    @Test
    void shouldLetOnlyTheLeadAgencysPlannersChangeAPlanAndItsAgenciesReadIt() throws Exception {
        String industry = industry(4);
        for (int i = 0; i < 4; i++) {
            CredentialTables.inspectorOf(MARKET, "分机关检查员" + i, "MARKET_REGULATION", AREA);
        }
        long matter = matterId(matter("食品抽查", "MARKET_REGULATION", MARKET, industry, planner(MARKET)));
        assertOutOfScope(plan(List.of(matter), planner(URBAN)));
        Reply created = plan(List.of(matter), planner(MARKET));
        assertEquals(201, created.status(), created.body());
        long planId = id(created);
        String path = "/api/v1/plans/" + planId;

        http().get(path, planner(MARKET)).expect(200);
        http().get(path, as(Roles.JUDICIAL, "500115001")).expect(200);
        assertOutOfScope(http().get(path, planner(URBAN)));
        assertOutOfScope(http().get(path, as(Roles.JUDICIAL, WANZHOU)));
        assertTrue(ids("/api/v1/plans", planner(MARKET)).contains(planId));
        assertFalse(ids("/api/v1/plans", planner(URBAN)).contains(planId));

        assertOutOfScope(http().post(path + "/seal", null, planner(URBAN)));
        assertEquals(0, PlanApiTest.count("SELECT COUNT(*) FROM insp_seal WHERE plan_id = ?", planId),
                "a refused seal changes nothing");
        http().post(path + "/seal", null, planner(MARKET)).expect(200);

        assertOutOfScope(http().post(path + "/draw", "{}", planner(URBAN)));
        assertEquals(0, PlanApiTest.count("SELECT COUNT(*) FROM shr_job WHERE subject_key = ?", "plan:" + planId),
                "a refused draw queues nothing");
        JsonObject draw = http().post(path + "/draw", "{}", planner(MARKET)).expect(201).json();
        long jobId = PlanApiTest.count("SELECT MAX(id) FROM shr_job WHERE subject_key = ?", "plan:" + planId);
        http().get("/api/v1/draw-jobs/" + jobId, planner(MARKET)).expect(200);
        assertOutOfScope(http().get("/api/v1/draw-jobs/" + jobId, planner(URBAN)));

        assertOutOfScope(http().post(path + "/publish", null, planner(URBAN)));
        http().post(path + "/publish", null, planner(MARKET)).expect(200);
        assertOutOfScope(http().get(path + "/statistics", planner(URBAN)));
        http().get(path + "/statistics", planner(MARKET)).expect(200);
        assertOutOfScope(http().post(path + "/replay", null, planner(URBAN)));
        http().post(path + "/replay", null, as(Roles.JUDICIAL, "500115001")).expect(200);

        List<JsonObject> inspections = draw.getJsonArray("inspections").getValuesAs(JsonValue::asJsonObject);
        long member = inspections.getFirst().getJsonArray("inspectors").getJsonObject(0).getJsonNumber("officerId")
                .longValue();
        String replacement = "{\"officerId\":" + member + ",\"reason\":\"ILLNESS\"}";
        assertOutOfScope(http().post(path + "/replacements", replacement, planner(URBAN)));
        assertOutOfScope(http().get(path + "/replacements", planner(URBAN)));
        http().get(path + "/replacements", planner(MARKET)).expect(200);

        String result = "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\"}";
        for (JsonObject inspection : inspections) {
            String at = "/api/v1/inspections/" + inspection.getJsonNumber("id").longValue() + "/result";
            assertOutOfScope(http().put(at, result, planner(URBAN)));
            http().put(at, result, planner(MARKET)).expect(200);
        }
        assertOutOfScope(http().post(path + "/publish-results", null, planner(URBAN)));
        http().post(path + "/publish-results", null, planner(MARKET)).expect(200);
    }

    @Test
    void shouldLetOnlyTheLeadAgencysPlannersCancelAPlan() {
        long matter = matterId(matter("撤销用事项", "MARKET_REGULATION", MARKET, industry(1), planner(MARKET)));
        long planId = id(plan(List.of(matter), planner(MARKET)).expect(201));
        String cancel = "{\"reason\":\"计划调整\"}";
        assertOutOfScope(http().post("/api/v1/plans/" + planId + "/cancel", cancel, planner(URBAN)));
        assertEquals("DRAFT", http().get("/api/v1/plans/" + planId, planner(MARKET)).expect(200).json()
                .getJsonObject("plan").getString("state"));
        http().post("/api/v1/plans/" + planId + "/cancel", cancel, planner(MARKET)).expect(200);
    }

    @Test
    void shouldTakeAJointPlansConfirmationOnlyFromAPlannerOfTheConfirmingAgency() throws Exception {
        String industry = industry(2);
        long food = matterId(matter("联合食品事项", "MARKET_REGULATION", MARKET, industry, planner(MARKET)));
        long signs = matterId(matter("联合招牌事项", "URBAN_MANAGEMENT", URBAN, industry, planner(URBAN)));
        Reply created = plan(List.of(food, signs), planner(MARKET));
        assertEquals(201, created.status(), created.body());
        long planId = id(created);
        String path = "/api/v1/plans/" + planId;

        // issue 20: a planner of 市场监管局 cannot confirm for 城管局
        assertOutOfScope(http().post(path + "/confirmations", "{\"agencyCode\":\"" + URBAN + "\"}", planner(MARKET)));
        assertEquals(0, PlanApiTest.count("SELECT COUNT(*) FROM insp_plan_confirmation WHERE plan_id = ?", planId));
        assertOutOfScope(http().post(path + "/confirmations", "{\"agencyCode\":\"" + URBAN + "\"}", planner(WANZHOU)));
        http().post(path + "/confirmations", "{\"agencyCode\":\"" + MARKET + "\"}", planner(MARKET)).expect(200);
        http().post(path + "/confirmations", "{\"agencyCode\":\"" + URBAN + "\"}", planner(URBAN)).expect(200);

        // the participating agency reads the plan and lists it, but the lead agency changes it
        http().get(path, planner(URBAN)).expect(200);
        assertTrue(ids("/api/v1/plans", planner(URBAN)).contains(planId));
        assertFalse(ids("/api/v1/plans", planner(WANZHOU)).contains(planId));
        assertOutOfScope(http().get(path, planner(WANZHOU)));
        assertOutOfScope(http().post(path + "/seal", null, planner(URBAN)));
        assertOutOfScope(http().post(path + "/cancel", "{\"reason\":\"不参加\"}", planner(URBAN)));
    }
}
