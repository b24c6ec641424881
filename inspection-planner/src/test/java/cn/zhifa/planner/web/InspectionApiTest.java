package cn.zhifa.planner.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.testing.DrawnPlans;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.contract.InspectionTeams;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.security.Roles.PLANNER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An officer's assignments ({@code GET /api/v1/inspections?officerId=}): drawn plans, published or not. */
@HelidonTest
@DatabaseTest
class InspectionApiTest {

    static final LocalDate TODAY = TestClock.today();

    @Inject
    WebTarget target;

    @Inject
    InspectionTeams teams;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    /** A drawn, unpublished plan in county 500238: 4 targets, 4 fresh inspectors, teams of 2. */
    private JsonObject drawnPlan(List<Long> officers) {
        return drawnPlan("500238", officers);
    }

    /** A drawn, unpublished plan in the area: 4 targets, 4 fresh inspectors, teams of 2. */
    private JsonObject drawnPlan(String area, List<Long> officers) {
        return DrawnPlans.drawnPlan(http(), area, officers, as(PLANNER));
    }

    /** What the planner publishes to evidence-store ({@link InspectionTeams}): the inspection and its active team. */
    @Test
    void shouldTellEvidenceStoreWhoIsOnAnInspectionsTeam() {
        List<Long> officers = new ArrayList<>();
        // 武隆区: an area of its own, so that no other test's plan draws these inspectors
        JsonObject inspection = drawnPlan("500156", officers).getJsonArray("inspections").getJsonObject(0);
        long id = inspection.getJsonNumber("id").longValue();
        Set<Long> team = new HashSet<>();
        inspection.getJsonArray("inspectors").forEach(i -> team.add(i.asJsonObject().getJsonNumber("officerId").longValue()));
        assertEquals(2, team.size());
        assertTrue(teams.exists(id));
        assertFalse(teams.exists(id + 1_000_000_000L));
        for (long officer : officers) {
            assertEquals(team.contains(officer), teams.isMember(id, officer), "officer " + officer);
        }
        assertTrue(officers.stream().anyMatch(o -> !team.contains(o)), "someone of the plan is not on this team");
        assertFalse(teams.isMember(id + 1_000_000_000L, team.iterator().next()));
    }

    @Test
    void shouldRefuseADayOutsideTheCalendarWithTheReasonInsteadOfFailing() {
        for (String[] asOf : new String[][] {{"-999999999-01-01", "DATE_TOO_EARLY"}, {"+999999999-12-31", "DATE_TOO_LATE"},
                {"1899-12-31", "DATE_TOO_EARLY"}, {"2026-02-30", "DATE_INVALID"}, {"明天", "DATE_INVALID"}}) {
            Reply overdue = http().get("/api/v1/inspections/overdue?asOf="
                    + java.net.URLEncoder.encode(asOf[0], java.nio.charset.StandardCharsets.UTF_8), as(PLANNER));
            assertEquals(400, overdue.status(), asOf[0] + ": " + overdue.body());
            JsonObject error = overdue.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("asOf", error.getString("field"));
            assertEquals(asOf[1], error.getString("code"), asOf[0]);
        }
        assertEquals(200, http().get("/api/v1/inspections/overdue?asOf=" + TODAY, as(PLANNER)).status());
    }

    @Test
    void shouldRefuseAResultWithoutAFindingAsMissingNotAsAnUnknownCode() {
        long inspection = drawnPlan(new ArrayList<>()).getJsonArray("inspections").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Reply refused = http().put("/api/v1/inspections/" + inspection + "/result",
                "{\"inspectedOn\":\"" + TODAY + "\"}", as(PLANNER));
        assertEquals(400, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("resultCode:FIELD_REQUIRED", error.getString("field") + ":" + error.getString("code"));
        assertTrue(error.getString("message").contains("必填"), error.getString("message"));
    }

    @Test
    void shouldListAnOfficersAssignmentsOfAnUnpublishedDrawnPlan() {
        List<Long> officers = new ArrayList<>();
        JsonObject draw = drawnPlan(officers);
        JsonArray drawn = draw.getJsonArray("inspections");
        long officer = drawn.getJsonObject(0).getJsonArray("inspectors").getJsonObject(0)
                .getJsonNumber("officerId").longValue();
        Set<Long> expected = new HashSet<>();
        for (JsonObject i : drawn.getValuesAs(JsonObject.class)) {
            if (i.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(x -> x.getJsonNumber("officerId").longValue() == officer)) {
                expected.add(i.getJsonNumber("id").longValue());
            }
        }
        String own = Tokens.bearer(String.valueOf(officer), "officer");

        Reply mine = http().get("/api/v1/inspections?officerId=" + officer, own);
        assertEquals(200, mine.status(), mine.body());
        JsonObject page = mine.json();
        assertEquals(expected.size(), page.getJsonNumber("total").longValue(), mine.body());
        assertEquals(1, page.getInt("page"));
        Set<Long> listed = new HashSet<>();
        for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            listed.add(item.getJsonNumber("id").longValue());
            assertEquals("任务测试计划", item.getString("planName"));
            assertEquals("食品经营抽查", item.getString("matterName"));
            assertEquals("500238", item.getString("areaCode"));
            assertEquals("测试地址", item.getString("targetAddress"), "where the officer goes");
            assertFalse(item.getBoolean("planPublished"));
            assertEquals(2, item.getJsonArray("team").size());
            assertTrue(item.getString("creditCode").length() == 18);
        }
        assertEquals(expected, listed);
        assertEquals(200, http().get("/api/v1/inspections", own).status(), "an officer may leave out their own id");

        // paging
        Reply first = http().get("/api/v1/inspections?officerId=" + officer + "&size=1", own);
        assertEquals(1, first.json().getJsonArray("items").size());
        assertEquals(expected.size(), first.json().getJsonNumber("total").longValue());

        // a recorded result appears
        long inspectionId = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Reply recorded = http().put("/api/v1/inspections/" + inspectionId + "/result",
                "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\"}", own);
        assertEquals(200, recorded.status(), recorded.body());
        JsonObject after = http().get("/api/v1/inspections?officerId=" + officer, own).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == inspectionId).findFirst().orElseThrow();
        assertEquals("NO_ISSUE", after.getJsonObject("result").getString("resultCode"));

        long other = officers.stream().filter(o -> o != officer).findFirst().orElseThrow();
        assertEquals(403, http().get("/api/v1/inspections?officerId=" + other, own).status());
        Reply planner = http().get("/api/v1/inspections?officerId=" + officer, as(PLANNER));
        assertEquals(200, planner.status(), planner.body());
        assertEquals(expected.size(), planner.json().getJsonNumber("total").longValue());
        assertEquals(200, http().get("/api/v1/inspections?officerId=" + officer,
                Tokens.bearer("judicial-1", "judicial")).status());
        assertEquals(400, http().get("/api/v1/inspections", as(PLANNER)).status(), "the planner names the officer");
        assertEquals(401, http().get("/api/v1/inspections?officerId=" + officer, null).status());
    }
}
