package cn.zhifa.planner.web;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.testing.TargetFixture;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables.Credential;
import cn.zhifa.platform.testing.CredentialTables;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.planner.web.PlanApiTest.count;
import static cn.zhifa.platform.security.Roles.PLANNER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who the seal takes as inspectors and whether they can staff the draws: an officer off post or on the credential
 * clean-up list is left out and named; a plan no draw could staff is refused with one line per area and category,
 * in names, with the reasons; a plan only some draws could not staff is sealed with a warning. Each test has its own
 * counties and industry.
 */
@HelidonTest
@DatabaseTest
class SealApiTest {

    static final LocalDate TODAY = PlanApiTest.TODAY;
    static final String HALF = "{\"LOW\":0.5,\"MEDIUM\":0.5,\"HIGH\":0.5,\"VERY_HIGH\":0.5}";
    static final String ALL = "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}";

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    /** A matter of {@code category} limited to a fresh industry, 8 targets in each area, and a plan over the areas. */
    private long plan(String category, String ratios, String... areas) {
        String industry = "行业-" + UUID.randomUUID();
        for (String area : areas) {
            Reply imported = http().postCsv("/api/v1/targets/import",
                    TargetFixture.targetsCsv(area, industry, 8, new ArrayList<>()), as(PLANNER));
            assertEquals(200, imported.status(), imported.body());
        }
        return PlanApiTest.plan(http(), category, industry, ratios, 2, 10, null, areas);
    }

    /** The message of the only entry of the answer's array {@code name}, which must have {@code code}. */
    private static String onlyMessage(Reply reply, String name, String code) {
        List<JsonObject> entries = reply.json().getJsonArray(name).getValuesAs(JsonObject.class);
        assertEquals(1, entries.size(), reply.body());
        assertEquals(code, entries.get(0).getString("code"));
        return entries.get(0).getString("message");
    }

    private Reply seal(long planId, String language) {
        return http().post("/api/v1/plans/" + planId + "/seal", "{}", as(PLANNER), Map.of("Accept-Language", language));
    }

    @Test
    void shouldLeaveARetiredOfficerOutOfTheInspectorsAndNameHimAtSeal() throws SQLException {
        long planId = plan("MARKET_REGULATION", ALL, "500151");
        List<Long> onPost = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            onPost.add(CredentialTables.inspector("在岗检查员" + i, "MARKET_REGULATION", "500151"));
        }
        long retired = CredentialTables.inspector("退休检查员", "MARKET_REGULATION", "500151");
        CredentialTables.retire(retired);

        Reply sealed = seal(planId, "zh-CN");

        assertEquals(200, sealed.status(), sealed.body());
        assertEquals(3, sealed.json().getInt("inspectorCount"), "the retired officer is no inspector");
        assertEquals(0, count("SELECT COUNT(*) FROM insp_seal_inspector WHERE officer_id = ?", retired));
        List<JsonObject> excluded = sealed.json().getJsonArray("excludedInspectors").getValuesAs(JsonObject.class);
        assertEquals(1, excluded.size(), sealed.body());
        assertEquals("退休检查员", excluded.get(0).getString("name"));
        assertEquals(List.of("NOT_ON_POST", "ON_CLEANUP_LIST"), excluded.get(0).getJsonArray("reasons")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("不在岗（退休）；在执法证清理名单上（持证人退休，待注销）", excluded.get(0).getString("reasonText"));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_SEALED' AND entity_id = '"
                + planId + "' AND summary LIKE ?", "%退休检查员%"), "the seal's audit event names him");

        Reply drawn = http().post("/api/v1/plans/" + planId + "/draw", "{}", as(PLANNER));

        assertEquals(201, drawn.status(), drawn.body());
        drawn.json().getJsonArray("inspections").getValuesAs(JsonObject.class).forEach(i ->
                i.getJsonArray("inspectors").getValuesAs(JsonObject.class).forEach(o -> assertTrue(
                        onPost.contains(o.getJsonNumber("officerId").longValue()), "only officers on post inspect")));
    }

    @Test
    void shouldRefuseToSealAPlanNoDrawCouldStaffWithOneNamedLinePerAreaAndTheReason() throws SQLException {
        long planId = plan("HEALTH", ALL, "500152");
        // Both credentials start after the window's first day (the window started 30 days ago).
        for (int i = 0; i < 2; i++) {
            CredentialTables.inspector("新证检查员" + i, new Credential("ACTIVE", TODAY.minusDays(10), TODAY.plusYears(5),
                    "HEALTH", List.of("500152")));
        }

        Reply refused = seal(planId, "zh-CN");

        assertEquals(422, refused.status(), refused.body());
        String line = onlyMessage(refused, "errors", "SEAL_STAFFING_SHORTAGE");
        assertEquals("无论抽中哪些对象，潼南区（500152）的卫生健康检查都组不成检查组：至少需要 16 人次，符合条件的检查人员 0 人，"
                + "合计最多 0 人次；执法证在检查期开始后才生效而未列入 2 人。", line);
        assertEquals(0, count("SELECT COUNT(*) FROM insp_seal WHERE plan_id = ?", planId), "nothing sealed");
        assertEquals(0, count("SELECT COUNT(*) FROM insp_seal_target WHERE plan_id = ?", planId));
        assertEquals(1, count("SELECT COUNT(*) FROM insp_plan WHERE state = 'DRAFT' AND id = ?", planId));

        String english = seal(planId, "en").json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(english.startsWith("Whatever targets are drawn, no team can be formed for Health in \"潼南区\" "
                + "(500152)"), english);
        assertTrue(english.endsWith("left out as the credential starts after the window starts: 2."), english);
    }

    @Test
    void shouldSealWithAWarningNamingTheAreaSomeDrawsCannotStaff() {
        // One target of each area per stratum, half of each stratum drawn: a draw may take none or all of an area.
        long planId = plan("MARKET_REGULATION", HALF, "500153", "500154");
        for (int i = 0; i < 4; i++) {
            CredentialTables.inspector("荣昌检查员" + i, "MARKET_REGULATION", "500153");
        }

        Reply sealed = seal(planId, "zh-CN");

        assertEquals(200, sealed.status(), sealed.body());
        String message = onlyMessage(sealed, "staffingWarnings", "SEAL_STAFFING_RISK");
        assertTrue(message.startsWith("开州区（500154）的市场监管检查可能组不成检查组：抽中该区域的对象最多时需要 16 人次，"
                + "符合条件的检查人员 0 人"), message);
        assertFalse(message.contains("荣昌区"), message);
    }
}
