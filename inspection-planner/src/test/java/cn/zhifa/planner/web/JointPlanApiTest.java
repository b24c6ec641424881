package cn.zhifa.planner.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.testing.Evidence;
import cn.zhifa.planner.testing.TargetFixture;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ArchiveFiles;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Tokens;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joint plans (部门联合双随机, issue 20 item 1) end to end: three agencies' matters over the union of their scopes,
 * each agency's confirmation before the seal, one inspection per drawn target covering every matter whose scope it
 * falls in, teams mixed per matter and agency, the record recomputed by docs/verify-draw.py. Area 500156 is this
 * class's own.
 */
@HelidonTest
@DatabaseTest
// the draw test counts the area's officers; the results and field-record tests add officers of the area, so they run after it
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JointPlanApiTest {

    static final String AREA = "500156";
    static final String MARKET = "500115002";
    static final String URBAN = "500115003";
    static final String ECOLOGY = "500115004";
    static final String TRANSPORT = "500115005";
    static final LocalDate TODAY = TestClock.today();
    static final String EVERY_TARGET = "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}";

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    /** What the public sees on scanning the inspection's door QR (the record's doorUrl, signed). */
    private JsonObject door(long inspectionId) {
        String doorUrl = http().get("/api/v1/inspections/" + inspectionId + "/record", Tokens.as("planner")).expect(200)
                .json().getString("doorUrl");
        return http().get(doorUrl, ApiClient.NOBODY).expect(200).json();
    }

    private List<String> targets(String industry, int count) {
        List<String> codes = new ArrayList<>();
        Reply imported = http().postCsv("/api/v1/targets/import", TargetFixture.targetsCsv(AREA, industry, count,
                codes), Tokens.as("planner"));
        assertEquals(200, imported.status(), imported.body());
        return codes;
    }

    private long matter(String name, String category, String agency, String... industries) {
        Reply matter = http().post("/api/v1/matters", """
                {"name":"%s","subject":"区有关部门","legalBasis":"有关法律法规","targetScope":"辖区经营者",
                 "content":"检查内容","method":"现场检查","frequency":"每年一次","category":"%s","agencyCode":"%s",
                 "industries":["%s"]}""".formatted(name, category, agency, String.join("\",\"", industries)),
                Tokens.as("planner"));
        assertEquals(201, matter.status(), matter.body());
        assertEquals(agency, matter.json().getString("agencyCode"));
        return matter.json().getJsonNumber("id").longValue();
    }

    private Reply plan(List<Long> matterIds) {
        return http().post("/api/v1/plans", """
                {"name":"联合抽查","matterIds":%s,"year":%d,"areas":["%s"],"ratios":%s,"teamSize":2,"inspectorCap":20,
                 "startsOn":"%s","endsOn":"%s"}""".formatted(matterIds, TODAY.getYear(), AREA, EVERY_TARGET, TODAY,
                TODAY.plusDays(20)), Tokens.as("planner"));
    }

    private Reply confirm(long planId, String agency) {
        return http().post("/api/v1/plans/" + planId + "/confirmations", "{\"agencyCode\":\"" + agency + "\"}",
                Tokens.as("planner"));
    }

    /** The code of a problem: its first field error's, or the one its type names. */
    private static String firstCode(Reply reply) {
        JsonObject problem = reply.json();
        return problem.containsKey("errors") && !problem.getJsonArray("errors").isEmpty()
                ? problem.getJsonArray("errors").getJsonObject(0).getString("code")
                : problem.getString("type").replace("urn:zhifa:problem:", "");
    }

    @Test
    @Order(1)
    void shouldConfirmSealDrawMixedTeamsAndVerifyAJointPlan() throws Exception {
        String x1 = "行业-" + UUID.randomUUID();
        String x2 = "行业-" + UUID.randomUUID();
        String x3 = "行业-" + UUID.randomUUID();
        List<String> inX1 = targets(x1, 8);
        List<String> inX2 = targets(x2, 8);
        List<String> inX3 = targets(x3, 8);
        Map<String, Set<Long>> officersOf = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            officersOf.computeIfAbsent(MARKET, k -> new HashSet<>())
                    .add(CredentialTables.inspectorOf(MARKET, "市场监管员" + i, "MARKET_REGULATION", AREA));
        }
        for (int i = 0; i < 3; i++) {
            officersOf.computeIfAbsent(URBAN, k -> new HashSet<>())
                    .add(CredentialTables.inspectorOf(URBAN, "城管队员" + i, "URBAN_MANAGEMENT", AREA));
        }
        for (int i = 0; i < 5; i++) {
            officersOf.computeIfAbsent(ECOLOGY, k -> new HashSet<>())
                    .add(CredentialTables.inspectorOf(ECOLOGY, "环境监察员" + i, "ECOLOGY_ENVIRONMENT", AREA));
        }
        // food safety covers x1 and x2, shop signs x2, waste water x3 and x1
        long food = matter("食品安全检查", "MARKET_REGULATION", MARKET, x1, x2);
        long signs = matter("户外招牌设置检查", "URBAN_MANAGEMENT", URBAN, x2);
        long water = matter("排污许可检查", "ECOLOGY_ENVIRONMENT", ECOLOGY, x3, x1);
        Map<Long, String> agencyOf = Map.of(food, MARKET, signs, URBAN, water, ECOLOGY);

        Reply created = plan(List.of(food, signs, water));
        assertEquals(201, created.status(), created.body());
        long planId = created.json().getJsonNumber("id").longValue();
        assertEquals(food, created.json().getJsonNumber("matterId").longValue(), "the first matter leads");
        assertEquals(3, created.json().getJsonArray("agencies").size());

        Reply early = http().post("/api/v1/plans/" + planId + "/seal", null, Tokens.as("planner"));
        assertEquals(409, early.status(), early.body());
        assertEquals("PLAN_CONFIRMATIONS_MISSING", firstCode(early));
        assertEquals(200, confirm(planId, MARKET).status());
        assertEquals(409, confirm(planId, MARKET).status(), "once per agency");
        Reply stranger = confirm(planId, TRANSPORT);
        assertEquals(422, stranger.status(), stranger.body());
        assertEquals("AGENCY_NOT_PARTICIPATING", firstCode(stranger));
        assertEquals(200, confirm(planId, URBAN).status());
        Reply stillEarly = http().post("/api/v1/plans/" + planId + "/seal", null, Tokens.as("planner"));
        assertEquals(409, stillEarly.status(), "ecology has not confirmed: " + stillEarly.body());
        assertTrue(stillEarly.body().contains("生态环境局"), "the missing agency is named: " + stillEarly.body());
        Reply last = confirm(planId, ECOLOGY);
        assertEquals(200, last.status(), last.body());
        assertTrue(last.json().getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.containsKey("confirmedAtMs")));

        Reply seal = http().post("/api/v1/plans/" + planId + "/seal", null, Tokens.as("planner"));
        assertEquals(200, seal.status(), seal.body());
        assertEquals(24, seal.json().getInt("targetCount"), "the union of the three scopes");
        Reply draw = http().post("/api/v1/plans/" + planId + "/draw", "{}", Tokens.as("planner"));
        assertEquals(201, draw.status(), draw.body());

        JsonObject detail = http().get("/api/v1/plans/" + planId, Tokens.as("planner")).json();
        assertEquals(3, detail.getJsonArray("matters").size());
        JsonArray inspections = detail.getJsonArray("inspections");
        assertEquals(24, inspections.size(), "one inspection per drawn target");
        for (JsonObject i : inspections.getValuesAs(JsonObject.class)) {
            String code = i.getString("creditCode");
            Set<Long> covered = new HashSet<>();
            i.getJsonArray("matterIds").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> covered.add(n.longValue()));
            Set<Long> expected = inX1.contains(code) ? Set.of(food, water) : inX2.contains(code) ? Set.of(food, signs)
                    : Set.of(water);
            assertEquals(expected, covered, "the matters of " + code);
            List<Long> team = i.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getJsonNumber("officerId").longValue()).toList();
            assertEquals(team.size(), new HashSet<>(team).size(), "distinct officers on " + code);
            assertTrue(team.size() >= 2, "at least the team size on " + code);
            for (long m : covered) {
                assertTrue(team.stream().anyMatch(officersOf.get(agencyOf.get(m))::contains),
                        code + " needs an officer of " + agencyOf.get(m) + " for matter " + m + ": " + team);
            }
            assertTrue(inX3.contains(code) || team.stream().map(o -> officersOf.entrySet().stream()
                    .filter(e -> e.getValue().contains(o)).findFirst().orElseThrow().getKey()).distinct().count() == 2,
                    "a two-matter inspection is a mixed team of two agencies: " + team);
        }
        JsonObject replay = http().post("/api/v1/plans/" + planId + "/replay", null, Tokens.as("planner")).json();
        assertTrue(replay.getBoolean("identical"), replay.toString());

        assertEquals(200, http().post("/api/v1/plans/" + planId + "/publish", null, Tokens.as("planner")).status());
        Reply record = http().get("/public/v1/plans/" + planId + "/draw-record", null);
        assertEquals(200, record.status(), record.body());
        PlanApiTest.Verification verified = PlanApiTest.verify(record.body());
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("OK   inspectionMatters"), verified.output());
        assertTrue(verified.output().contains("OK   targetsHash"), verified.output());

        // an inspection that leaves out a matter of its target, or a target hash without the matters, fails
        JsonObject original = record.json();
        JsonArray recorded = original.getJsonArray("inspections");
        int joint = 0;
        while (recorded.getJsonObject(joint).getJsonArray("matterIds").size() < 2) {
            joint++;
        }
        JsonObject first = recorded.getJsonObject(joint);
        JsonObject narrowed = Json.createObjectBuilder(first).add("matterIds", Json.createArrayBuilder()
                .add(first.getJsonArray("matterIds").getJsonNumber(0))).build();
        JsonObject tampered = Json.createObjectBuilder(original).add("inspections",
                Json.createArrayBuilder(recorded).set(joint, narrowed)).build();
        PlanApiTest.Verification caught = PlanApiTest.verify(tampered.toString());
        assertNotEquals(0, caught.exitCode(), caught.output());
        assertTrue(caught.output().contains("FAIL inspectionMatters"), caught.output());

        JsonObject publicPlan = http().get("/public/v1/plans/" + planId, null).json();
        assertEquals(3, publicPlan.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("agencyCode")).distinct().count(), "each agency named");
        assertTrue(publicPlan.getJsonArray("inspections").getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.get("matterIds") != null && i.get("matterIds") != JsonValue.NULL));
    }

    /** The agencies' figures of the public statistics of this year: agency code → result code → count. */
    private Map<String, Map<String, Long>> agencyFigures() {
        Reply statistics = http().get("/public/v1/statistics?year=" + TODAY.getYear(), null);
        assertEquals(200, statistics.status(), statistics.body());
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (JsonObject a : statistics.json().getJsonArray("agencies").getValuesAs(JsonObject.class)) {
            Map<String, Long> results = new HashMap<>();
            a.getJsonObject("results").forEach((k, v) -> results.put(k, ((jakarta.json.JsonNumber) v).longValue()));
            results.put("inspections", a.getJsonNumber("inspections").longValue());
            out.put(a.getString("agencyCode"), results);
        }
        return out;
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static long figure(Map<String, Map<String, Long>> figures, String agency, String key) {
        return figures.getOrDefault(agency, Map.of()).getOrDefault(key, 0L);
    }

    private Reply result(long inspectionId, Long matterId, String token) {
        return http().put("/api/v1/inspections/" + inspectionId + "/result", """
                {%s"resultCode":"NO_ISSUE","inspectedOn":"%s","note":"分事项结果"}""".formatted(
                matterId == null ? "" : "\"matterId\":" + matterId + ",", TODAY), token);
    }

    @Test
    @Order(2)
    void shouldRecordAResultPerMatterByItsAgencysOfficerAndPublishThemOnlyWhenEveryMatterHasOne() {
        String both = "行业-" + UUID.randomUUID();
        String foodOnly = "行业-" + UUID.randomUUID();
        List<String> inBoth = targets(both, 2);
        targets(foodOnly, 2);
        Set<Long> market = new HashSet<>();
        Set<Long> urban = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            market.add(CredentialTables.inspectorOf(MARKET, "市场监管员" + i, "MARKET_REGULATION", AREA));
        }
        for (int i = 0; i < 2; i++) {
            urban.add(CredentialTables.inspectorOf(URBAN, "城管队员" + i, "URBAN_MANAGEMENT", AREA));
        }
        long food = matter("食品安全检查", "MARKET_REGULATION", MARKET, both, foodOnly);
        long signs = matter("户外招牌设置检查", "URBAN_MANAGEMENT", URBAN, both);
        // the shop signs lead: a food-only inspection does not cover the lead matter
        long planId = plan(List.of(signs, food)).json().getJsonNumber("id").longValue();
        assertEquals(200, confirm(planId, MARKET).status());
        assertEquals(200, confirm(planId, URBAN).status());
        assertEquals(200, http().post("/api/v1/plans/" + planId + "/seal", null, Tokens.as("planner")).status());
        Reply draw = http().post("/api/v1/plans/" + planId + "/draw", "{}", Tokens.as("planner"));
        assertEquals(201, draw.status(), draw.body());
        assertEquals(200, http().post("/api/v1/plans/" + planId + "/publish", null, Tokens.as("planner")).status());
        Map<String, Map<String, Long>> before = agencyFigures();

        JsonArray inspections = http().get("/api/v1/plans/" + planId, Tokens.as("planner")).json()
                .getJsonArray("inspections");
        JsonObject joint = inspections.getValuesAs(JsonObject.class).stream()
                .filter(i -> inBoth.contains(i.getString("creditCode"))).findFirst().orElseThrow();
        JsonObject single = inspections.getValuesAs(JsonObject.class).stream()
                .filter(i -> !inBoth.contains(i.getString("creditCode"))).findFirst().orElseThrow();
        long jointId = joint.getJsonNumber("id").longValue();
        long singleId = single.getJsonNumber("id").longValue();
        // the door QR names the matters of that one inspection (and their agencies), not the whole plan's
        assertEquals("食品安全检查、户外招牌设置检查", door(jointId).getString("matter"));
        JsonObject singleDoor = door(singleId);
        assertEquals("食品安全检查", singleDoor.getString("matter"));
        assertTrue(singleDoor.getString("agency").contains("市场监督管理") && !singleDoor.getString("agency").contains("城市管理"),
                singleDoor.toString());
        List<JsonObject> matters = joint.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(List.of(food, signs), matters.stream().map(m -> m.getJsonNumber("matterId").longValue()).toList());
        assertEquals(List.of(MARKET, URBAN), matters.stream().map(m -> m.getString("agencyCode")).toList());
        assertTrue(matters.get(1).getString("agencyName").contains("城市管理"), matters.get(1).toString());
        assertTrue(absent(matters.get(0), "resultCode"), "no result yet");
        // the class's officers of an agency (this test's or an earlier one's) share a name prefix
        List<JsonObject> inspectors = joint.getJsonArray("inspectors").getValuesAs(JsonObject.class);
        List<Long> team = inspectors.stream().map(o -> o.getJsonNumber("officerId").longValue()).toList();
        String marketOfficer = Tokens.officer(inspectors.stream().filter(o -> o.getString("name").startsWith("市场监管员"))
                .findFirst().orElseThrow().getJsonNumber("officerId").longValue());
        String urbanOfficer = Tokens.officer(inspectors.stream().filter(o -> o.getString("name").startsWith("城管队员"))
                .findFirst().orElseThrow().getJsonNumber("officerId").longValue());

        // bad input: the matter is required, must be covered, and must be the officer's agency's
        Reply unnamed = result(jointId, null, marketOfficer);
        assertEquals(400, unnamed.status(), unnamed.body());
        assertEquals("MATTER_ID_REQUIRED", firstCode(unnamed));
        Reply stranger = result(jointId, 999_999_999L, marketOfficer);
        assertEquals(422, stranger.status(), stranger.body());
        assertEquals("MATTER_NOT_COVERED", firstCode(stranger));
        assertEquals(403, result(jointId, signs, marketOfficer).status(), "signs are the urban agency's matter");
        assertEquals(403, result(jointId, food, urbanOfficer).status(), "food is the market agency's matter");
        long outsider = urban.stream().filter(o -> !team.contains(o)).findFirst().orElse(-1L);
        if (outsider > 0) {
            assertEquals(403, result(jointId, signs, Tokens.officer(outsider)).status(), "not on the team");
        }
        assertEquals(404, result(Long.MAX_VALUE, food, Tokens.as("planner")).status());

        Reply foodResult = result(jointId, food, marketOfficer);
        assertEquals(200, foodResult.status(), foodResult.body());
        assertEquals(food, foodResult.json().getJsonNumber("matterId").longValue());
        assertEquals(MARKET, foodResult.json().getString("agencyCode"));
        assertEquals(200, result(jointId, food, marketOfficer).status(), "corrected before publication");

        // the officer's tasks show each matter with its own result
        JsonObject task = http().get("/api/v1/inspections", marketOfficer).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("id").longValue() == jointId)
                .findFirst().orElseThrow();
        List<JsonObject> taskMatters = task.getJsonArray("matters").getValuesAs(JsonObject.class);
        assertEquals("NO_ISSUE", taskMatters.get(0).getString("resultCode"));
        assertTrue(absent(taskMatters.get(1), "resultCode"), "signs have no result yet");

        // every matter needs its result before the results are published
        Reply incomplete = http().post("/api/v1/plans/" + planId + "/publish-results", null, Tokens.as("planner"));
        assertEquals(422, incomplete.status(), incomplete.body());
        assertEquals("RESULTS_INCOMPLETE", firstCode(incomplete));
        assertEquals(200, result(jointId, signs, urbanOfficer).status());
        // an inspection covering one matter of a joint plan takes its result without matterId, and not the lead's
        Reply lead = result(singleId, signs, Tokens.as("planner"));
        assertEquals(422, lead.status(), lead.body());
        assertEquals("MATTER_NOT_COVERED", firstCode(lead));
        Reply one = result(singleId, null, Tokens.as("planner"));
        assertEquals(200, one.status(), one.body());
        assertEquals(food, one.json().getJsonNumber("matterId").longValue());
        for (JsonObject i : inspections.getValuesAs(JsonObject.class)) {
            for (JsonObject m : i.getJsonArray("results").getValuesAs(JsonObject.class)) {
                long id = i.getJsonNumber("id").longValue();
                if (id != jointId) {
                    assertEquals(200, result(id, m.getJsonNumber("matterId").longValue(), Tokens.as("planner"))
                            .status());
                }
            }
        }
        JsonObject planStatistics = http().get("/api/v1/plans/" + planId + "/statistics", Tokens.as("planner"))
                .json();
        assertEquals(4, planStatistics.getJsonNumber("drawn").longValue());
        assertEquals(4, planStatistics.getJsonNumber("inspected").longValue());
        assertEquals(6, planStatistics.getJsonObject("results").getJsonNumber("NO_ISSUE").longValue(),
                "two joint inspections of two matters, two of one");
        assertEquals(before, agencyFigures(), "recorded but unpublished results are not public figures");

        assertEquals(200, http().post("/api/v1/plans/" + planId + "/publish-results", null, Tokens.as("planner"))
                .status());
        assertEquals(409, result(jointId, food, marketOfficer).status(), "published results are final");

        JsonObject published = http().get("/public/v1/plans/" + planId, null).json().getJsonArray("inspections")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("id").longValue() == jointId)
                .findFirst().orElseThrow();
        List<JsonObject> publicMatters = published.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(List.of("NO_ISSUE", "NO_ISSUE"), publicMatters.stream().map(m -> m.getString("resultCode")).toList());
        assertEquals(List.of(MARKET, URBAN), publicMatters.stream().map(m -> m.getString("agencyCode")).toList());
        Reply csv = http().send("GET", "/public/v1/plans/" + planId + "/inspections", null, null, null,
                Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.getFirst().endsWith("检查事项编号,检查事项,部门代码,实施部门"), lines.getFirst());
        assertEquals(1 + 6, lines.size(), "a line per matter of each inspection: " + csv.body());
        assertEquals(2, lines.stream().filter(l -> l.startsWith(jointId + ",")).count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(jointId + ",") && l.contains("户外招牌设置检查")
                && l.contains(URBAN) && l.contains("城市管理")), csv.body());

        Map<String, Map<String, Long>> after = agencyFigures();
        assertEquals(4, figure(after, MARKET, "NO_ISSUE") - figure(before, MARKET, "NO_ISSUE"));
        assertEquals(2, figure(after, URBAN, "NO_ISSUE") - figure(before, URBAN, "NO_ISSUE"));
        assertEquals(-2, figure(after, URBAN, "PENDING") - figure(before, URBAN, "PENDING"));
        assertEquals(figure(before, MARKET, "inspections"), figure(after, MARKET, "inspections"));
    }

    /** What a record misses, as {@code what[:matter/item][:kind][:officer]}. */
    private static List<String> missing(Reply record) {
        List<String> out = new ArrayList<>();
        for (JsonObject o : record.json().getJsonArray("missing").getValuesAs(JsonObject.class)) {
            out.add(o.getString("what") + (absent(o, "matterId") ? "" : ":" + o.getJsonNumber("matterId") + "/")
                    + (absent(o, "item") ? "" : (absent(o, "matterId") ? ":" : "") + o.getString("item"))
                    + (absent(o, "kind") ? "" : ":" + o.getString("kind"))
                    + (absent(o, "officerId") ? "" : ":" + o.getJsonNumber("officerId")));
        }
        return out;
    }

    /** A check list whose first item is A1, a code both matters' lists have; A1 needs a photo. */
    private void checklist(long matter, String... codes) {
        StringBuilder items = new StringBuilder();
        for (String code : codes) {
            items.append(items.isEmpty() ? "" : ",").append("""
                    {"code":"%s","content":"检查项 %s","legalBasis":"有关法律法规","method":"现场查看",
                     "evidenceRequired":%s}""".formatted(code, code, "A1".equals(code) ? "[\"PHOTO\"]" : "[]"));
        }
        Reply put = http().put("/api/v1/matters/" + matter + "/checklist",
                "{\"items\":[" + items + "],\"wholeVisitVideo\":false}", Tokens.as("planner"));
        assertEquals(200, put.status(), put.body());
    }

    /**
     * A joint inspection's field record (docs/field.md): a check list per matter, findings and evidence per matter
     * and item (a code both lists share), any member recording any matter, every member signing the whole record.
     * Its officers join the area's: it runs after the draw that counts the area's officers, like the results test.
     */
    @Test
    @Order(3)
    void shouldRecordTheFieldRecordOfAJointInspectionPerMatter() {
        String both = "行业-" + UUID.randomUUID();
        List<String> inBoth = targets(both, 1);
        for (int i = 0; i < 2; i++) {
            CredentialTables.inspectorOf(MARKET, "市场监管员" + i, "MARKET_REGULATION", AREA);
            CredentialTables.inspectorOf(URBAN, "城管队员" + i, "URBAN_MANAGEMENT", AREA);
        }
        long food = matter("食品安全检查", "MARKET_REGULATION", MARKET, both);
        long signs = matter("户外招牌设置检查", "URBAN_MANAGEMENT", URBAN, both);
        long planId = plan(List.of(food, signs)).json().getJsonNumber("id").longValue();
        assertEquals(200, confirm(planId, MARKET).status());
        assertEquals(200, confirm(planId, URBAN).status());
        assertEquals(200, http().post("/api/v1/plans/" + planId + "/seal", null, Tokens.as("planner")).status());
        assertEquals(201, http().post("/api/v1/plans/" + planId + "/draw", "{}", Tokens.as("planner")).status());
        JsonObject joint = http().get("/api/v1/plans/" + planId, Tokens.as("planner")).json()
                .getJsonArray("inspections").getValuesAs(JsonObject.class).stream()
                .filter(i -> inBoth.contains(i.getString("creditCode"))).findFirst().orElseThrow();
        long id = joint.getJsonNumber("id").longValue();
        String base = "/api/v1/inspections/" + id;
        List<Long> team = joint.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("officerId").longValue()).sorted().toList();
        String urbanOfficer = Tokens.officer(joint.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").startsWith("城管队员")).findFirst().orElseThrow()
                .getJsonNumber("officerId").longValue());

        // every matter needs its check list before check-in: the one without is named
        checklist(food, "A1", "A2");
        Reply refused = http().post(base + "/check-in", "{}", urbanOfficer);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("CHECKLIST_MISSING", firstCode(refused));
        assertTrue(refused.body().contains("户外招牌设置检查") && !refused.body().contains("食品安全检查"),
                refused.body());
        checklist(signs, "A1");
        Reply before = http().get(base + "/record", urbanOfficer);
        assertEquals(200, before.status(), before.body());
        assertEquals(List.of("CHECK_IN", "FINDING:" + food + "/A1", "FINDING:" + food + "/A2",
                "FINDING:" + signs + "/A1", "EVIDENCE:" + food + "/A1:PHOTO", "EVIDENCE:" + signs + "/A1:PHOTO"),
                missing(before).subList(0, 6));

        Reply checkedIn = http().post(base + "/check-in", "{}", urbanOfficer);
        assertEquals(200, checkedIn.status(), checkedIn.body());
        assertTrue(absent(checkedIn.json(), "checklist"), "a joint record has a check list per matter");
        List<JsonObject> matters = checkedIn.json().getJsonArray("matters").getValuesAs(JsonObject.class);
        assertEquals(List.of(food, signs), matters.stream().map(m -> m.getJsonNumber("matterId").longValue()).toList());
        assertEquals(List.of(MARKET, URBAN), matters.stream().map(m -> m.getString("agencyCode")).toList());
        assertEquals(List.of(2, 1), matters.stream().map(m -> m.getJsonObject("checklist").getJsonArray("items")
                .size()).toList());
        // the record keeps the versions of check-in: a later version of a matter's list changes nothing
        checklist(signs, "A1", "B9");

        // findings name their matter: required, and one the inspection covers
        Reply unnamed = http().put(base + "/findings", "{\"findings\":[{\"item\":\"A1\",\"outcome\":\"CONFORMS\"}]}",
                urbanOfficer);
        assertEquals(400, unnamed.status(), unnamed.body());
        assertEquals("MATTER_ID_REQUIRED", firstCode(unnamed));
        assertTrue(unnamed.body().contains("findings[0].matterId"), unnamed.body());
        Reply stranger = http().put(base + "/findings", """
                {"findings":[{"matterId":999999999,"item":"A1","outcome":"CONFORMS"}]}""", urbanOfficer);
        assertEquals(422, stranger.status(), stranger.body());
        assertEquals("MATTER_NOT_COVERED", firstCode(stranger));
        Reply unknown = http().put(base + "/findings", """
                {"findings":[{"matterId":%d,"item":"A2","outcome":"CONFORMS"}]}""".formatted(signs), urbanOfficer);
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("CHECKLIST_ITEM_UNKNOWN", firstCode(unknown), "A2 is the food list's, not the signs'");
        assertEquals(List.of(), http().get(base + "/record", urbanOfficer).json().getJsonArray("findings"),
                "nothing written");

        // any member records any matter's findings (one visit, one record): the urban officer the food matter's too
        Reply found = http().put(base + "/findings", """
                {"findings":[{"matterId":%d,"item":"A1","outcome":"CONFORMS"},
                             {"matterId":%d,"item":"A2","outcome":"NOT_APPLICABLE"},
                             {"matterId":%d,"item":"A1","outcome":"NONCONFORMS","note":"招牌未经许可"}]}"""
                .formatted(food, food, signs), urbanOfficer);
        assertEquals(200, found.status(), found.body());
        List<JsonObject> findings = found.json().getJsonArray("findings").getValuesAs(JsonObject.class);
        assertEquals(List.of(food + "/A1:CONFORMS", food + "/A2:NOT_APPLICABLE", signs + "/A1:NONCONFORMS"),
                findings.stream().map(f -> f.getJsonNumber("matterId") + "/" + f.getString("item") + ":"
                        + f.getString("outcome")).sorted().toList());
        // a photo of the food matter's A1 is not one of the signs' A1
        Evidence.add(id, "PHOTO", food, "A1");
        List<String> confirmations = team.stream().map(o -> "CONFIRMATION:" + o).toList();
        List<String> expected = new ArrayList<>(List.of("EVIDENCE:" + signs + "/A1:PHOTO", "ACKNOWLEDGEMENT"));
        expected.addAll(confirmations);
        assertEquals(expected, missing(http().get(base + "/record", urbanOfficer)));
        Evidence.add(id, "PHOTO", signs, "A1");
        assertEquals(200, http().post(base + "/acknowledgement", "{\"refused\":false,\"name\":\"王五\"}",
                urbanOfficer).status());
        assertEquals(confirmations, missing(http().get(base + "/record", urbanOfficer)));

        // every member, of either agency, signs the whole record; the last makes it final
        Reply last = null;
        for (long officer : team) {
            last = http().post(base + "/confirm", null, Tokens.officer(officer));
            assertEquals(200, last.status(), last.body());
        }
        assertTrue(last.json().getBoolean("final"), last.body());
        assertEquals(List.of(), missing(last));
        // the archive's printable page lists the items under each matter, with its agency
        String page = new String(ArchiveFiles.entries(http().get(base + "/archive", Tokens.as("planner")).expect(200)
                .bytes()).get("record.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("食品安全检查 · ") && page.contains("户外招牌设置检查 · ") && page.contains("招牌未经许可")
                && page.indexOf("食品安全检查 · ") < page.indexOf("户外招牌设置检查 · "), page);
        assertEquals(409, http().put(base + "/findings", """
                {"findings":[{"matterId":%d,"item":"A1","outcome":"CONFORMS"}]}""".formatted(signs), urbanOfficer)
                .status());
    }

    @Test
    void shouldNameTheShortAgencyAndCategoryAtTheSeal() {
        String industry = "行业-" + UUID.randomUUID();
        targets(industry, 4);
        CredentialTables.inspectorOf(MARKET, "市场监管员", "MARKET_REGULATION", AREA);
        CredentialTables.inspectorOf(MARKET, "市场监管员", "MARKET_REGULATION", AREA);
        long food = matter("食品安全检查", "MARKET_REGULATION", MARKET, industry);
        long roads = matter("道路运输经营检查", "TRANSPORT", TRANSPORT, industry);
        long planId = plan(List.of(food, roads)).json().getJsonNumber("id").longValue();
        assertEquals(200, confirm(planId, MARKET).status());
        assertEquals(200, confirm(planId, TRANSPORT).status());
        Reply refused = http().post("/api/v1/plans/" + planId + "/seal", null, Tokens.as("planner"));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("SEAL_STAFFING"), refused.body());
        assertTrue(refused.body().contains("交通运输") && refused.body().contains("长寿区交通运输综合行政执法支队"),
                "the short agency and category are named: " + refused.body());
    }

    @Test
    void shouldRefuseAJointMatterWithoutAgencyAndAListedMatterTwice() {
        String industry = "行业-" + UUID.randomUUID();
        long food = matter("食品安全检查", "MARKET_REGULATION", MARKET, industry);
        Reply anonymous = http().post("/api/v1/matters", """
                {"name":"无部门事项","subject":"区有关部门","legalBasis":"有关法律法规","targetScope":"辖区经营者",
                 "content":"检查内容","method":"现场检查","frequency":"每年一次","category":"HEALTH"}""", Tokens.as("planner"));
        assertEquals(201, anonymous.status(), anonymous.body());
        Reply without = plan(List.of(food, anonymous.json().getJsonNumber("id").longValue()));
        assertEquals(422, without.status(), without.body());
        assertEquals("MATTER_AGENCY_REQUIRED", firstCode(without));
        Reply twice = plan(List.of(food, food));
        assertEquals(400, twice.status(), twice.body());
        assertEquals("PLAN_MATTERS_DUPLICATE", firstCode(twice));
        Reply single = plan(List.of(food));
        assertEquals(201, single.status(), single.body());
        Reply notJoint = confirm(single.json().getJsonNumber("id").longValue(), MARKET);
        assertEquals(422, notJoint.status(), notJoint.body());
        assertEquals("PLAN_NOT_JOINT", firstCode(notJoint));
    }
}
