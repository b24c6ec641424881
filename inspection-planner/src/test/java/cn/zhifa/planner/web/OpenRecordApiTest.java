package cn.zhifa.planner.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.testing.DrawnPlans;
import cn.zhifa.planner.testing.Evidence;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Overdue and incomplete inspections ({@code GET /api/v1/inspections/records}, docs/field.md): the records not final
 * of the plans in the caller's scope, each state on the days around the window's end and the result deadline, what
 * each record lacks, the filters and the refusals.
 */
@HelidonTest
@DatabaseTest
class OpenRecordApiTest {
    static final String MARKET = FieldRecordApiTest.MARKET;
    static final String WANZHOU = FieldRecordApiTest.WANZHOU;
    static final String CHANGSHOU_JUDICIAL = "500115001";
    /** Items A1 (a photo required) and A2, the whole visit on video. */
    static final String CHECKLIST = FieldRecordApiTest.CHECKLIST;

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    private JsonObject records(String query, String bearer) {
        return http().get("/api/v1/inspections/records?" + query, bearer).expect(200).json();
    }

    /** Inspection id → state of a page. */
    private static Map<Long, String> states(JsonObject page) {
        Map<Long, String> out = new TreeMap<>();
        for (JsonValue v : page.getJsonArray("items")) {
            out.put(id(v.asJsonObject(), "inspectionId"), v.asJsonObject().getString("state"));
        }
        return out;
    }

    private static JsonObject item(JsonObject page, long inspectionId) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> id(o, "inspectionId") == inspectionId).findFirst().orElseThrow();
    }

    private static Map<String, Integer> missing(JsonObject item) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        item.getJsonObject("missing").forEach((k, v) -> out.put(k, ((jakarta.json.JsonNumber) v).intValue()));
        return out;
    }

    @Test
    void shouldListTheRecordsNotFinalWithWhereEachStandsAndWhatItLacks() {
        String planner = as(Roles.PLANNER, MARKET);
        JsonObject draw = DrawnPlans.drawnPlan(http(), "500115", new ArrayList<>(), planner);
        long plan = id(draw, "planId");
        http().put("/api/v1/matters/" + id(draw, "matterId") + "/checklist", CHECKLIST, planner).expect(200);
        List<JsonObject> drawn = draw.getJsonArray("inspections").getValuesAs(JsonObject.class);
        assertEquals(4, drawn.size());
        JsonObject visited = drawn.get(0);
        JsonObject finished = drawn.get(1);
        http().post("/api/v1/inspections/" + id(visited, "id") + "/check-in", "{}", officer(FieldRecordApiTest.team(visited).get(0)))
                .expect(200);
        finish(finished);

        LocalDate today = TestClock.today();
        JsonObject now = records("planId=" + plan + "&asOf=" + today, planner);
        assertEquals(3, now.getInt("total"), now.toString());
        assertEquals(20, now.getInt("workingDays"));
        assertEquals(Map.of(id(visited, "id"), "INCOMPLETE", id(drawn.get(2), "id"), "NOT_CHECKED_IN",
                id(drawn.get(3), "id"), "NOT_CHECKED_IN"), states(now), "the final record is not listed");
        assertEquals(Map.of("FINDING", 2, "EVIDENCE", 1, "WHOLE_VISIT_VIDEO", 1, "ACKNOWLEDGEMENT", 1,
                "CONFIRMATION", 2), missing(item(now, id(visited, "id"))));
        assertEquals(List.of("CHECK_IN", "FINDING", "EVIDENCE", "WHOLE_VISIT_VIDEO", "ACKNOWLEDGEMENT", "CONFIRMATION"),
                List.copyOf(missing(item(now, id(drawn.get(2), "id"))).keySet()), "in the rule's order");
        JsonObject row = item(now, id(visited, "id"));
        assertTrue(row.containsKey("checkedInAtMs") && !row.isNull("checkedInAtMs"), row.toString());
        assertEquals(states(now), states(records("planId=" + plan, planner)), "asOf left out: today in Beijing");

        assertEquals(Map.of(id(visited, "id"), "INCOMPLETE"),
                states(records("planId=" + plan + "&state=INCOMPLETE&asOf=" + today, planner)));
        JsonObject notCheckedIn = records("planId=" + plan + "&state=NOT_CHECKED_IN&asOf=" + today + "&size=1&page=2",
                planner);
        assertEquals(2, notCheckedIn.getInt("total"));
        assertEquals(1, notCheckedIn.getJsonArray("items").size());

        // the window's last day, the day after, the deadline (the overdue report's, in working days) and the day after
        LocalDate endsOn = LocalDate.parse(row.getString("endsOn"));
        LocalDate deadline = LocalDate.parse(row.getString("resultDeadline"));
        assertTrue(deadline.isAfter(endsOn.plusDays(20)), "20 working days, weekends not counted: " + deadline);
        assertEquals("INCOMPLETE", states(records("planId=" + plan + "&asOf=" + endsOn, planner))
                .get(id(visited, "id")));
        assertEquals(List.of("WINDOW_ENDED"), List.copyOf(new java.util.HashSet<>(
                states(records("planId=" + plan + "&asOf=" + endsOn.plusDays(1), planner)).values())));
        assertEquals(3, records("planId=" + plan + "&state=WINDOW_ENDED&asOf=" + deadline, planner).getInt("total"));
        assertEquals(0, records("planId=" + plan + "&state=OVERDUE&asOf=" + deadline, planner).getInt("total"));
        assertFalse(overdue(deadline, planner).contains(id(drawn.get(2), "id")));
        JsonObject late = records("planId=" + plan + "&state=OVERDUE&asOf=" + deadline.plusDays(1), planner);
        assertEquals(3, late.getInt("total"));
        assertEquals(List.of("OVERDUE"), List.copyOf(new java.util.HashSet<>(states(late).values())));
        assertTrue(overdue(deadline.plusDays(1), planner).contains(id(drawn.get(2), "id")),
                "the overdue report turns on the same day");
    }

    /** Inspection ids of the overdue (result) report on a day. */
    private List<Long> overdue(LocalDate day, String bearer) {
        return http().get("/api/v1/inspections/overdue?asOf=" + day, bearer).expect(200).json()
                .getJsonArray("overdue").stream().map(v -> id(v.asJsonObject(), "inspectionId")).toList();
    }

    /** The whole visit, to the final record. */
    private void finish(JsonObject inspection) {
        long id = id(inspection, "id");
        String base = "/api/v1/inspections/" + id;
        List<Long> team = FieldRecordApiTest.team(inspection);
        http().post(base + "/check-in", "{}", officer(team.get(0))).expect(200);
        http().put(base + "/findings", """
                {"findings":[{"item":"A1","outcome":"CONFORMS"},{"item":"A2","outcome":"CONFORMS"}]}""",
                officer(team.get(0))).expect(200);
        http().post(base + "/acknowledgement", "{\"refused\":false,\"name\":\"王五\"}", officer(team.get(0)))
                .expect(200);
        Evidence.add(id, "PHOTO", "A1");
        Evidence.add(id, "VIDEO", null);
        for (long officer : team) {
            http().post(base + "/confirm", null, officer(officer)).expect(200);
        }
        assertTrue(http().get(base + "/record", officer(team.get(0))).json().getBoolean("final"));
    }

    @Test
    void shouldShowThePlansRecordsToTheJudicialBureauOfTheAreaAndNoneToAnotherAgency() {
        String planner = as(Roles.PLANNER, MARKET);
        long plan = id(DrawnPlans.drawnPlan(http(), "500115", new ArrayList<>(), planner), "planId");
        String query = "planId=" + plan + "&asOf=" + TestClock.today();
        assertEquals(4, records(query, as(Roles.JUDICIAL, CHANGSHOU_JUDICIAL)).getInt("total"));
        JsonObject other = records(query, as(Roles.PLANNER, WANZHOU));
        assertEquals(0, other.getInt("total"));
        assertEquals(0, other.getJsonArray("items").size());
        assertFalse(states(records("asOf=" + TestClock.today() + "&size=500", as(Roles.PLANNER, WANZHOU)))
                .keySet().stream().anyMatch(states(records(query, planner)).keySet()::contains));
        assertEquals(0, records(query, as(Roles.JUDICIAL, WANZHOU)).getInt("total"));
    }

    @Test
    void shouldRefuseOfficersAndNameABadFilter() {
        assertEquals(403, http().get("/api/v1/inspections/records", officer(1)).status());
        String planner = as(Roles.PLANNER, MARKET);
        Reply state = http().get("/api/v1/inspections/records?state=LATE", planner);
        assertEquals(400, state.status(), state.body());
        assertTrue(state.fields().contains("state") && state.codes().contains("RECORD_STATE_UNKNOWN"), state.body());
        Reply asOf = http().get("/api/v1/inspections/records?asOf=2027-02-30", planner);
        assertEquals(400, asOf.status(), asOf.body());
        assertTrue(asOf.fields().contains("asOf"), asOf.body());
        assertEquals(400, http().get("/api/v1/inspections/records?planId=0", planner).status());
        assertEquals(400, http().get("/api/v1/inspections/records?size=100000", planner).status());
    }
}
