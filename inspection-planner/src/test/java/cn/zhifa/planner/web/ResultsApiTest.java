package cn.zhifa.planner.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.planner.testing.DrawnPlans;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results that count (issue 17): the working calendar an administrator loads, result codes an administrator keeps,
 * results proposing higher risk levels, recently inspected targets flagged in the draw's preview, and the export of
 * published results. Each endpoint with its scope (another agency's planner: 403 or nothing listed) and bad input
 * with nothing written. Area 500105 is this class's own.
 */
@HelidonTest
@DatabaseTest
class ResultsApiTest {
    static final String AREA = "500105";
    static final String MARKET = "500115002";
    static final String URBAN = "500115003";
    static final LocalDate TODAY = TestClock.today();

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    private static String planner(String agency) {
        return as(Roles.PLANNER, agency);
    }

    private JsonObject drawnPlan() {
        return DrawnPlans.drawnPlan(http(), AREA, new ArrayList<>(), planner(MARKET));
    }

    private static List<JsonObject> inspections(JsonObject draw) {
        return draw.getJsonArray("inspections").getValuesAs(JsonValue::asJsonObject);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private Reply result(long inspection, String code, String bearer) {
        return http().put("/api/v1/inspections/" + inspection + "/result",
                "{\"resultCode\":\"" + code + "\",\"inspectedOn\":\"" + TODAY + "\"}", bearer);
    }

    private static String text(String sql, Object param) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, param);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long count(String sql, Object param) throws SQLException {
        return PlanApiTest.count(sql, param);
    }

    // ---- the working calendar

    @Test
    void shouldShipTheNoticesYearsAndLetOnlyAnAdministratorLoadAnother() throws Exception {
        JsonObject y2026 = http().get("/api/v1/calendar/2026", planner(MARKET)).expect(200).json();
        assertEquals(33, y2026.getInt("holidays"));
        assertEquals(6, y2026.getInt("workdays"));
        JsonObject y2025 = http().get("/api/v1/calendar/2025", as(Roles.JUDICIAL)).expect(200).json();
        assertEquals(28, y2025.getInt("holidays"));
        assertEquals(5, y2025.getInt("workdays"));
        assertEquals(0, http().get("/api/v1/calendar/2027", as(Roles.ADMIN)).expect(200).json().getInt("holidays"),
                "2027's notice could not be found: nothing shipped");
        assertEquals(List.of("CALENDAR_YEAR_INVALID"), http().get("/api/v1/calendar/1899", as(Roles.ADMIN))
                .expect(400).codes());
        http().get("/api/v1/calendar/2026", as(Roles.OFFICER)).expect(403);

        // a year of its own: 2150
        LocalDate saturday = LocalDate.of(2150, 1, 1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        String good = """
                {"source":"测试通知","days":[{"day":"2150-01-01","kind":"HOLIDAY","name":"元旦"},
                 {"day":"%s","kind":"WORKDAY","name":"元旦调休"}]}""".formatted(saturday);
        assertTrue(http().get("/api/v1/inspections/overdue?asOf=2150-03-02", planner(MARKET)).expect(200).json()
                .getJsonArray("calendarYearsMissing").toString().contains("2150"));

        http().put("/api/v1/calendar/2150", good, planner(MARKET)).expect(403);
        Reply bad = http().put("/api/v1/calendar/2150", """
                {"days":[{"day":"2149-12-31","kind":"HOLIDAY","name":"元旦"},{"day":"2150-01-01","kind":"REST","name":"元旦"},
                 {"day":"2150-01-01","kind":"HOLIDAY","name":""}]}""", as(Roles.ADMIN));
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("source", "days[0].day", "days[1].kind", "days[2].day", "days[2].name"), bad.fields());
        assertEquals(0, count("SELECT COUNT(*) FROM insp_calendar_day WHERE cal_day BETWEEN ? AND '2150-12-31'",
                LocalDate.of(2150, 1, 1)), "a refused year writes nothing");
        assertEquals(0, count("SELECT COUNT(*) FROM insp_calendar_year WHERE cal_year = ?", 2150));

        long events = count("SELECT COUNT(*) FROM shr_audit_event WHERE action = ?", "CALENDAR_YEAR_LOADED");
        JsonObject loaded = http().put("/api/v1/calendar/2150", good, as(Roles.ADMIN)).expect(200).json();
        assertEquals(1, loaded.getInt("holidays"));
        assertEquals(1, loaded.getInt("workdays"));
        assertEquals("测试通知", loaded.getString("source"));
        assertEquals(events + 1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = ?", "CALENDAR_YEAR_LOADED"));
        assertFalse(http().get("/api/v1/inspections/overdue?asOf=2150-03-02", planner(MARKET)).expect(200).json()
                .getJsonArray("calendarYearsMissing").toString().contains("2150"), "the report counts the loaded year");

        // replaced, not added to
        http().put("/api/v1/calendar/2150", """
                {"source":"测试通知（更正）","days":[{"day":"2150-01-02","kind":"HOLIDAY","name":"元旦"}]}""",
                as(Roles.ADMIN)).expect(200);
        JsonObject replaced = http().get("/api/v1/calendar/2150", planner(URBAN)).expect(200).json();
        assertEquals(1, replaced.getJsonArray("days").size());
        assertEquals("2150-01-02", replaced.getJsonArray("days").getJsonObject(0).getString("day"));
    }

    // ---- result codes

    @Test
    void shouldKeepThePublicitySystemsTenCodesAndLetOnlyAnAdministratorChangeThem() throws Exception {
        List<JsonObject> codes = http().get("/public/v1/dictionaries/result-codes", ApiClient.NOBODY).expect(200)
                .array().getValuesAs(JsonValue::asJsonObject);
        assertEquals(List.of("未发现问题", "发现问题已责令改正", "发现问题待后续处理", "未按规定公示应当公示的信息",
                "公示信息隐瞒真实情况、弄虚作假", "通过登记的住所（经营场所）无法联系", "不配合检查情节严重",
                "未发现开展本次抽查涉及的经营活动", "检查对象已注销或被吊销营业执照", "检查对象已迁出"),
                codes.stream().filter(c -> !c.getBoolean("retired")).map(c -> c.getString("name")).limit(10).toList());
        assertTrue(codes.stream().anyMatch(c -> c.getString("code").equals("TRANSFERRED") && c.getBoolean("retired")));
        assertTrue(codes.stream().filter(c -> c.getString("code").equals("ORDERED_TO_RECTIFY"))
                .allMatch(c -> c.getBoolean("problem")));

        String code = "ZZ_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String path = "/api/v1/dictionaries/result-codes/" + code;
        String entry = "{\"name\":\"测试结果\",\"nameEn\":\"Test result\",\"problem\":true}";
        http().put(path, entry, planner(MARKET)).expect(403);
        Reply bad = http().put("/api/v1/dictionaries/result-codes/zz-bad", "{\"name\":\" \",\"sortNo\":-1}",
                as(Roles.ADMIN));
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("code", "name", "nameEn", "sortNo"), bad.fields());
        assertEquals(0, count("SELECT COUNT(*) FROM shr_result_code WHERE code = ?", code));

        JsonObject added = http().put(path, entry, as(Roles.ADMIN)).expect(200).json();
        assertTrue(added.getBoolean("problem"));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'RESULT_CODE_ADDED' "
                + "AND entity_id = ?", code));
        http().put(path, "{\"name\":\"测试结果（改名）\",\"nameEn\":\"Test result, renamed\"}", as(Roles.ADMIN))
                .expect(200);
        assertEquals("测试结果（改名）", text("SELECT name FROM shr_result_code WHERE code = ?", code));

        long inspection = id(inspections(drawnPlan()).getFirst());
        result(inspection, code, planner(MARKET)).expect(200);
        http().put(path, "{\"name\":\"测试结果（改名）\",\"nameEn\":\"Test result, renamed\",\"retired\":true}",
                as(Roles.ADMIN)).expect(200);
        assertEquals(List.of("RESULT_CODE_RETIRED"), result(inspection, code, planner(MARKET)).expect(400).codes());
        assertEquals(code, text("SELECT result_code FROM insp_inspection WHERE id = ?", inspection),
                "the result recorded before keeps the retired code");
        assertTrue(http().get("/public/v1/dictionaries/result-codes", ApiClient.NOBODY).expect(200).array()
                .getValuesAs(JsonValue::asJsonObject).stream()
                .anyMatch(c -> c.getString("code").equals(code) && c.getBoolean("retired")));
    }

    // ---- risk proposals

    @Test
    void shouldProposeAHigherRiskLevelForAProblemAndLetOnlyTheMattersAgencyDecide() throws Exception {
        List<JsonObject> drawn = inspections(drawnPlan());
        List<Long> ids = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (JsonObject i : drawn) {
            ids.add(id(i));
            levels.add(text("SELECT risk_level FROM insp_target WHERE credit_code = ?", i.getString("creditCode")));
        }
        // the targets' levels cycle LOW, MEDIUM, HIGH, VERY_HIGH: find them by level
        long low = ids.get(levels.indexOf("LOW"));
        long medium = ids.get(levels.indexOf("MEDIUM"));
        long high = ids.get(levels.indexOf("HIGH"));
        long veryHigh = ids.get(levels.indexOf("VERY_HIGH"));
        result(low, "ORDERED_TO_RECTIFY", planner(MARKET)).expect(200);
        result(medium, "PENDING_FOLLOW_UP", planner(MARKET)).expect(200);
        result(high, "UNREACHABLE", planner(MARKET)).expect(200);
        result(high, "NO_ISSUE", planner(MARKET)).expect(200);   // corrected: its proposal is withdrawn
        result(veryHigh, "REFUSED", planner(MARKET)).expect(200); // already at the highest: nothing to propose

        List<JsonObject> mine = http().get("/api/v1/risk-proposals?size=500", planner(MARKET)).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(p -> ids.contains(p.getJsonNumber("inspectionId").longValue())).toList();
        assertEquals(3, mine.size(), mine.toString());
        JsonObject lowProposal = mine.stream().filter(p -> p.getJsonNumber("inspectionId").longValue() == low)
                .findFirst().orElseThrow();
        assertEquals("LOW", lowProposal.getString("fromLevel"));
        assertEquals("MEDIUM", lowProposal.getString("proposedLevel"));
        assertEquals("RESULT_CODE", lowProposal.getString("cause"));
        assertEquals("PROPOSED", lowProposal.getString("state"));
        assertEquals("WITHDRAWN", mine.stream().filter(p -> p.getJsonNumber("inspectionId").longValue() == high)
                .findFirst().orElseThrow().getString("state"));
        assertTrue(http().get("/api/v1/risk-proposals?size=500", planner(URBAN)).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .noneMatch(p -> ids.contains(p.getJsonNumber("inspectionId").longValue())),
                "another agency's planner lists none of them");
        http().get("/api/v1/risk-proposals?state=MAYBE", planner(MARKET)).expect(400);

        long proposal = id(lowProposal);
        String creditCode = lowProposal.getString("creditCode");
        http().post("/api/v1/risk-proposals/" + proposal + "/accept", null, planner(URBAN))
                .expectProblem(403, "AGENCY_OUT_OF_SCOPE");
        assertEquals("LOW", text("SELECT risk_level FROM insp_target WHERE credit_code = ?", creditCode),
                "a refused acceptance changes nothing");
        JsonObject accepted = http().post("/api/v1/risk-proposals/" + proposal + "/accept", null, planner(MARKET))
                .expect(200).json();
        assertEquals("ACCEPTED", accepted.getString("state"));
        assertEquals("MEDIUM", text("SELECT risk_level FROM insp_target WHERE credit_code = ?", creditCode));
        assertEquals(1, count("SELECT COUNT(*) FROM insp_target_history WHERE proposal_id = ?", proposal));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'RISK_PROPOSAL_ACCEPTED' "
                + "AND entity_id = ?", String.valueOf(proposal)));
        http().post("/api/v1/risk-proposals/" + proposal + "/accept", null, planner(MARKET))
                .expectProblem(409, "RISK_PROPOSAL_DECIDED");

        long other = id(mine.stream().filter(p -> p.getJsonNumber("inspectionId").longValue() == medium)
                .findFirst().orElseThrow());
        String path = "/api/v1/risk-proposals/" + other + "/reject";
        http().post(path, "{\"reason\":\"问题已当场改正\"}", planner(URBAN)).expectProblem(403, "AGENCY_OUT_OF_SCOPE");
        Reply noReason = http().post(path, "{\"reason\":\" \"}", planner(MARKET));
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(List.of("reason"), noReason.fields());
        assertEquals("PROPOSED", text("SELECT state FROM insp_risk_proposal WHERE id = ?", other));
        JsonObject rejected = http().post(path, "{\"reason\":\"问题已当场改正\"}", planner(MARKET)).expect(200).json();
        assertEquals("REJECTED", rejected.getString("state"));
        assertEquals("问题已当场改正", rejected.getString("reason"));
        assertEquals("MEDIUM", text("SELECT risk_level FROM insp_target WHERE credit_code = ?",
                rejected.getString("creditCode")), "a rejection keeps the level");
        http().post("/api/v1/risk-proposals/999999999/accept", null, planner(MARKET)).expect(404);
    }

    // ---- the draw's preview

    @Test
    void shouldFlagTargetsInspectedForTheMatterWithinTheMonthsInTheNextDrawsPreview() throws Exception {
        JsonObject first = drawnPlan();
        List<JsonObject> drawn = inspections(first);
        result(id(drawn.get(0)), "NO_ISSUE", planner(MARKET)).expect(200);
        result(id(drawn.get(1)), "NO_ISSUE", planner(MARKET)).expect(200);
        long matter = first.getJsonNumber("matterId").longValue();
        LocalDate starts = TODAY.plusDays(1);
        Reply created = http().post("/api/v1/plans", """
                {"name":"复查计划","matterId":%d,"year":%d,"areas":["%s"],
                 "ratios":{"LOW":1,"MEDIUM":1,"HIGH":1,"VERY_HIGH":1},"creditMultipliers":{"A":1},
                 "teamSize":2,"inspectorCap":10,"startsOn":"%s","endsOn":"%s"}""".formatted(matter, starts.getYear(),
                AREA, starts, starts.plusDays(30)), planner(MARKET));
        assertEquals(201, created.status(), created.body());
        long planId = id(created.json());
        String preview = "/api/v1/plans/" + planId + "/preview";
        http().get(preview, planner(MARKET)).expectProblem(409, "PLAN_NOT_SEALED");
        http().post("/api/v1/plans/" + planId + "/seal", null, planner(MARKET)).expect(200);
        http().get(preview, planner(URBAN)).expectProblem(403, "AGENCY_OUT_OF_SCOPE");

        JsonObject view = http().get(preview, planner(MARKET)).expect(200).json();
        assertEquals(4, view.getInt("eligible"));
        assertEquals(4, view.getInt("toDraw"));
        assertEquals(2, view.getInt("recentlyInspected"));
        assertEquals(12, view.getInt("recentInspectionMonths"));
        assertEquals(starts.minusMonths(12).toString(), view.getString("recentSince"));
        assertEquals(2, view.getJsonArray("strata").getValuesAs(JsonValue::asJsonObject).stream()
                .mapToInt(s -> s.getInt("recentlyInspected")).sum());
        List<String> flagged = view.getJsonArray("targets").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(t -> t.getBoolean("recentlyInspected")).map(t -> t.getString("creditCode")).sorted().toList();
        assertEquals(java.util.stream.Stream.of(drawn.get(0), drawn.get(1)).map(i -> i.getString("creditCode"))
                .sorted().toList(), flagged);
        JsonObject one = view.getJsonArray("targets").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(t -> t.getBoolean("recentlyInspected")).findFirst().orElseThrow();
        assertEquals(TODAY.toString(), one.getString("lastInspectedOn"));
        assertEquals(first.getJsonNumber("planId").longValue(), one.getJsonNumber("lastPlanId").longValue());
        assertTrue(view.getJsonArray("targets").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(t -> !t.getBoolean("recentlyInspected")).noneMatch(t -> t.containsKey("lastInspectedOn")), "null fields are left out");

        // they stay eligible: the draw takes every target (ratio 1), flagged ones too
        Reply draw = http().post("/api/v1/plans/" + planId + "/draw", "{}", planner(MARKET));
        assertEquals(201, draw.status(), draw.body());
        assertEquals(4, draw.json().getJsonArray("inspections").size());
    }

    // ---- the export of published results

    @Test
    void shouldExportOnlyPublishedResultsInThePublicitySystemsColumns() throws Exception {
        JsonObject draw = drawnPlan();
        long planId = draw.getJsonNumber("planId").longValue();
        String path = "/public/v1/plans/" + planId + "/results";
        http().post("/api/v1/plans/" + planId + "/publish", null, planner(MARKET)).expect(200);
        for (JsonObject i : inspections(draw)) {
            result(id(i), "NO_ISSUE", planner(MARKET)).expect(200);
        }
        http().get(path, ApiClient.NOBODY).expectProblem(404, "RESULTS_NOT_PUBLISHED");
        http().get("/public/v1/plans/999999999/results", ApiClient.NOBODY).expect(404);
        http().post("/api/v1/plans/" + planId + "/publish-results", null, planner(MARKET)).expect(200);

        List<JsonObject> lines = http().get(path, ApiClient.NOBODY).expect(200).array()
                .getValuesAs(JsonValue::asJsonObject);
        assertEquals(4, lines.size());
        assertEquals("NO_ISSUE", lines.getFirst().getString("resultCode"));
        assertEquals("未发现问题", lines.getFirst().getString("resultName"));
        assertEquals(TODAY.toString(), lines.getFirst().getString("inspectedOn"));
        assertEquals(MARKET, lines.getFirst().getString("agencyCode"));

        Reply csv = http().send("GET", path, null, null, null, Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv.body());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF统一社会信用代码,企业名称,检查实施机关,检查类型,抽查事项,检查日期,检查结果,检查结果代码,"),
                text);
        assertEquals(5, text.strip().split("\r\n").length);
        assertTrue(text.split("\r\n")[1].startsWith(lines.getFirst().getString("creditCode") + ","));
        Reply english = http().send("GET", path, null, null, null,
                Map.of("Accept", "text/csv", "Accept-Language", "en"));
        assertTrue(new String(english.bytes(), StandardCharsets.UTF_8).startsWith("\uFEFFUnified social credit code,"));

        Reply xlsx = http().send("GET", path, null, null, null,
                Map.of("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = book.getSheetAt(0);
            assertEquals("统一社会信用代码", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(lines.getFirst().getString("creditCode"), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum());
        }

        // the planner's export across plans, by period and scope
        String period = "/api/v1/inspections/results?from=" + TODAY + "&to=" + TODAY;
        assertTrue(http().get(period, planner(MARKET)).expect(200).array().getValuesAs(JsonValue::asJsonObject)
                .stream().filter(l -> l.getJsonNumber("planId").longValue() == planId).count() == 4);
        assertTrue(http().get(period, planner(URBAN)).expect(200).array().getValuesAs(JsonValue::asJsonObject)
                .stream().noneMatch(l -> l.getJsonNumber("planId").longValue() == planId));
        Reply periodCsv = http().send("GET", period, planner(MARKET), null, null, Map.of("Accept", "text/csv"));
        assertEquals(200, periodCsv.status());
        assertTrue(periodCsv.header("Content-Disposition").contains("results-" + TODAY + "-" + TODAY + ".csv"));
        assertEquals(List.of("from"), http().get("/api/v1/inspections/results?to=" + TODAY, planner(MARKET))
                .expect(400).fields());
        assertEquals(List.of("PERIOD_INVALID"), http().get("/api/v1/inspections/results?from=" + TODAY + "&to="
                + TODAY.minusDays(1), planner(MARKET)).expect(400).codes());
        http().get(period, as(Roles.OFFICER)).expect(403);
    }

    @Test
    void shouldNotExportResultsBeforeTheirPublication() {
        JsonObject draw = drawnPlan();
        long planId = draw.getJsonNumber("planId").longValue();
        result(id(inspections(draw).getFirst()), "NO_ISSUE", planner(MARKET)).expect(200);
        assertTrue(http().get("/api/v1/inspections/results?from=" + TODAY + "&to=" + TODAY, planner(MARKET))
                .expect(200).array().getValuesAs(JsonValue::asJsonObject).stream()
                .noneMatch(l -> l.getJsonNumber("planId").longValue() == planId));
    }
}
