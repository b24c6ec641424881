package cn.zhifa.planner.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.planner.testing.TargetFixture;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.security.Roles.PLANNER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The target directory: import with upsert and history, all-or-nothing, search, conflicts, matters. */
@HelidonTest
@DatabaseTest
class TargetApiTest {

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    @Test
    void shouldUpsertByCreditCodeAndKeepTheHistoryOfLevels() throws SQLException {
        String industry = "行业-" + UUID.randomUUID();
        List<String> codes = new ArrayList<>();
        String csv = TargetFixture.targetsCsv("500236", industry, 3, codes);
        assertEquals(3, http().postCsv("/api/v1/targets/import", csv, as(PLANNER)).json().getInt("inserted"));
        String changed = csv.replace(codes.get(0) + ",测试企业0," + industry + ",500236,LOW",
                codes.get(0) + ",测试企业0," + industry + ",500236,HIGH");

        JsonObject again = http().postCsv("/api/v1/targets/import", changed, as(PLANNER)).json();

        assertEquals(0, again.getInt("inserted"));
        assertEquals(1, again.getInt("updated"));
        assertEquals(2, again.getInt("unchanged"));
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT risk_level FROM insp_target_history WHERE credit_code = ? "
                     + "ORDER BY id")) {
            q.setString(1, codes.get(0));
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("LOW", rs.getString(1));
                assertTrue(rs.next());
                assertEquals("HIGH", rs.getString(1));
            }
        }
        JsonObject detail = http().get("/api/v1/targets/" + codes.get(0), as(PLANNER)).json();
        assertEquals(2, detail.getJsonArray("history").size());
    }

    @Test
    void shouldRejectTheWholeFileWhenOneRowIsBadEvenAfterEarlierBatchesWereWritten() throws SQLException {
        String industry = "行业-" + UUID.randomUUID();
        List<String> codes = new ArrayList<>();
        String csv = TargetFixture.targetsCsv("500237", industry, 620, codes);
        String bad = codes.get(610).substring(0, 17) + (codes.get(610).endsWith("0") ? "1" : "0");
        csv = csv.replace(codes.get(610), bad).replace(codes.get(611) + ",测试企业611," + industry + ",500237,",
                codes.get(611) + ",测试企业611," + industry + ",999999,");

        Reply reply = http().postCsv("/api/v1/targets/import", csv, as(PLANNER));

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of("rows[611].creditCode:CREDIT_CODE_INVALID", "rows[612].area:AREA_UNKNOWN"), errors(reply));
        assertEquals(0, targetsOfIndustry(industry), "the first 500 rows written before the bad one are rolled back");
    }

    /**
     * Issue 23 item 3: a target named with a right-to-left override (shown reversed on the public plan) or a NUL is
     * refused in the import and in a matter, naming the field; a matter's multi-line content keeps its line breaks.
     */
    @Test
    void shouldRefuseControlAndBidiCharactersInImportsAndMattersButKeepLineBreaksInTexts() throws SQLException {
        String industry = "行业-" + UUID.randomUUID();
        List<String> codes = new ArrayList<>();
        String csv = TargetFixture.targetsCsv("500243", industry, 3, codes)
                .replace(",测试企业1,", ",\u202E司公限有品食,").replace(",测试企业2,", ",测试企业\u00002,");

        Reply imported = http().postCsv("/api/v1/targets/import", csv, as(PLANNER));
        assertEquals(List.of("rows[2].name:TEXT_CHARACTER_FORBIDDEN", "rows[3].name:TEXT_CHARACTER_FORBIDDEN"),
                errors(imported), imported.body());
        assertEquals(0, targetsOfIndustry(industry), "nothing of the file is stored");

        String matter = """
                {"name":"%s","subject":"区市场监督管理局","legalBasis":"依据","targetScope":"对象",
                 "content":"%s","method":"方式","frequency":"频次","category":"MARKET_REGULATION"}""";
        Reply reversed = http().post("/api/v1/matters", matter.formatted("\\u202E项事查抽", "内容"), as(PLANNER));
        assertEquals(400, reversed.status(), reversed.body());
        JsonObject error = reversed.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("name", error.getString("field"));
        assertEquals("TEXT_CHARACTER_FORBIDDEN", error.getString("code"));
        assertTrue(error.getString("message").contains("U+202E"), error.toString());
        Reply multiLine = http().post("/api/v1/matters", matter.formatted("多行内容事项", "一、证照\\n二、\\t台账"),
                as(PLANNER));
        assertEquals(201, multiLine.status(), multiLine.body());
        assertEquals("一、证照\n二、\t台账", multiLine.json().getString("content"));
        Reply nulInText = http().post("/api/v1/matters", matter.formatted("空字符事项", "内容\\u0000"), as(PLANNER));
        assertEquals(400, nulInText.status(), nulInText.body());
        assertEquals("content", nulInText.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void shouldOfferATemplateWithChineseHeadersThatImportsOnceFilledIn() {
        Reply template = http().get("/api/v1/targets/import/template", as(PLANNER));
        List<String> codes = new ArrayList<>();
        String row = TargetFixture.targetsCsv("500116", "模板行业-" + UUID.randomUUID(), 1, codes).lines().skip(1)
                .findFirst().orElseThrow();

        assertEquals(200, template.status());
        assertEquals("\uFEFF统一社会信用代码,名称,行业,行政区划代码,风险等级,信用等级,地址", template.body().strip());
        Reply imported = http().postCsv("/api/v1/targets/import", template.body() + row + "\n", as(PLANNER));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("inserted"));
        assertEquals(403, http().get("/api/v1/targets/import/template", Tokens.bearer("hr-1", "hr")).status());
    }

    @Test
    void shouldSearchByAreaCoveringSubDivisionsAndRiskLevel() {
        String industry = "行业-" + UUID.randomUUID();
        List<String> codes = new ArrayList<>();
        http().postCsv("/api/v1/targets/import", TargetFixture.targetsCsv("500238", industry, 8, codes),
                as(PLANNER));

        JsonObject page = http().get("/api/v1/targets?area=500200&riskLevel=HIGH&size=500", as(PLANNER)).json();

        List<String> found = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("creditCode")).toList();
        assertTrue(found.containsAll(List.of(codes.get(2), codes.get(6))), found.toString());
        assertTrue(found.stream().noneMatch(c -> c.equals(codes.get(0))));
        assertEquals(400, http().get("/api/v1/targets?riskLevel=EXTREME", as(PLANNER)).status());
    }

    @Test
    void shouldDeclareAConflictOnceAndRefuseUnknownOfficersAndTargets() {
        List<String> codes = new ArrayList<>();
        http().postCsv("/api/v1/targets/import", TargetFixture.targetsCsv("500240", "行业-" + UUID.randomUUID(), 1,
                codes), as(PLANNER));
        long officer = CredentialTables.inspector("回避测试", "HEALTH", "500240");
        String body = "{\"officerId\":" + officer + ",\"reason\":\"近亲属任法定代表人\"}";

        assertEquals(201, http().post("/api/v1/targets/" + codes.get(0) + "/conflicts", body, as(PLANNER)).status());
        assertEquals(409, http().post("/api/v1/targets/" + codes.get(0) + "/conflicts", body, as(PLANNER)).status());
        assertEquals(422, http().post("/api/v1/targets/" + codes.get(0) + "/conflicts",
                "{\"officerId\":987654321,\"reason\":\"x\"}", as(PLANNER)).status());
        assertEquals(404, http().post("/api/v1/targets/914403001922038216X/conflicts", body, as(PLANNER)).status());
    }

    @Test
    void shouldPublishTheMatterList() {
        Reply created = http().post("/api/v1/matters", """
                {"name":"公示测试事项","subject":"区市场监督管理局","legalBasis":"依据","targetScope":"对象",
                 "content":"内容","method":"方式","frequency":"频次","category":"MARKET_REGULATION"}""", as(PLANNER));
        assertEquals(201, created.status(), created.body());
        Reply missing = http().post("/api/v1/matters", "{\"name\":\"缺项\",\"category\":\"NOPE\"}", as(PLANNER));
        assertEquals(400, missing.status());
        assertTrue(missing.json().getJsonArray("errors").size() >= 7, missing.body());

        JsonObject list = http().get("/public/v1/matters?size=500", null).json();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("id").longValue() == created.json().getJsonNumber("id").longValue()));
    }

    /** A 400 problem's errors as {@code field:code} (empty for any other answer). */
    private static List<String> errors(Reply reply) {
        return reply.status() != 400 ? List.of() : reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field") + ":" + e.getString("code")).toList();
    }

    private static long targetsOfIndustry(String industry) throws SQLException {
        return PlanApiTest.count("SELECT COUNT(*) FROM insp_target WHERE industry = ?", industry);
    }
}
