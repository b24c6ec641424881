package cn.zhifa.app.instances;

import cn.zhifa.planner.domain.CreditCode;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sealed inspection plan over district 500115 (targets imported by the planner, a food-business matter), its
 * draw, and the checks that a plan is either not drawn at all or drawn completely. Works whether the draw answers
 * at once (201) or as a job (202, then the plan turns DRAWN).
 */
final class Plans {
    private static final String[] RISKS = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
    private static final String[] CREDITS = {"A", "B", "C", "D"};

    private Plans() {
    }

    static String planner(ApiClient api) {
        return api.devTokenFor("500115002", "planner-it", "planner");
    }

    /** Imports {@code targets} food businesses of district 500115 (credit codes tagged with {@code tag}, one of A-H). */
    static void importTargets(ApiClient api, char tag, int targets) {
        StringBuilder csv = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
        for (int i = 1; i <= targets; i++) {
            String first17 = "91500115MA" + tag + String.format("%06d", i);
            csv.append(first17).append(CreditCode.checkCharacter(first17)).append(",食品经营部").append(tag).append(i)
                    .append(",食品销售,500115,").append(RISKS[i % RISKS.length]).append(',')
                    .append(CREDITS[(i / RISKS.length) % CREDITS.length]).append(",凤城街道").append(i).append("号\n");
        }
        api.postCsv("/api/v1/targets/import", csv.toString(), planner(api)).expect(200);
    }

    /** A new plan over every target of district 500115, sealed; {@code name} tells plans apart. */
    static long sealedPlan(ApiClient api, String name) {
        JsonObject matter = Json.createObjectBuilder().add("name", "食品经营检查" + name).add("subject", "长寿区市场监督管理局")
                .add("legalBasis", "《中华人民共和国食品安全法》第一百一十条").add("targetScope", "辖区食品经营者")
                .add("content", "许可条件保持情况").add("method", "现场检查").add("frequency", "每年一次")
                .add("category", "MARKET_REGULATION").add("industries", Json.createArrayBuilder().add("食品销售")).build();
        long matterId = api.json("POST", "/api/v1/matters", matter.toString(), planner(api)).expect(201).json()
                .getJsonNumber("id").longValue();
        LocalDate startsOn = TestClock.today();
        LocalDate endsOn = startsOn.plusDays(20).getYear() == startsOn.getYear() ? startsOn.plusDays(20)
                : LocalDate.of(startsOn.getYear(), 12, 31);
        JsonObject plan = Json.createObjectBuilder().add("name", "双随机抽查计划" + name).add("matterId", matterId)
                .add("year", startsOn.getYear()).add("areas", Json.createArrayBuilder().add("500115"))
                .add("ratios", Json.createObjectBuilder().add("LOW", new BigDecimal("0.2")).add("MEDIUM", new BigDecimal("0.3"))
                        .add("HIGH", new BigDecimal("0.5")).add("VERY_HIGH", 1))
                .add("creditMultipliers", Json.createObjectBuilder().add("A", new BigDecimal("0.5")).add("D", 2))
                .add("teamSize", 2).add("startsOn", startsOn.toString()).add("endsOn", endsOn.toString()).build();
        long planId = api.json("POST", "/api/v1/plans", plan.toString(), planner(api)).expect(201).json()
                .getJsonNumber("id").longValue();
        api.json("POST", "/api/v1/plans/" + planId + "/seal", null, planner(api)).expect(200);
        return planId;
    }

    static Reply draw(ApiClient api, long planId) {
        return api.post("/api/v1/plans/" + planId + "/draw", "{}", planner(api));
    }

    static String state(ApiClient api, long planId) {
        return api.get("/api/v1/plans/" + planId, planner(api)).expect(200).json()
                .getJsonObject("plan").getString("state");
    }

    /** Waits until the plan is DRAWN (a draw answered 202 finishes in the background). */
    static void awaitDrawn(ApiClient api, long planId, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        String state = state(api, planId);
        while (!state.equals("DRAWN") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = state(api, planId);
        }
        assertEquals("DRAWN", state, "plan " + planId + " after " + patience);
    }

    /** How many rows of the plan a table holds (column plan_id). */
    static long rows(Connection connection, String table, long planId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE plan_id = ?")) {
            count.setLong(1, planId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Nothing of a draw is stored: no draw row, no stratum, no inspection. */
    static void assertNotDrawn(Connection connection, long planId) throws SQLException {
        for (String table : new String[] {"insp_draw", "insp_draw_stratum", "insp_inspection"}) {
            assertEquals(0, rows(connection, table, planId), table + " of undrawn plan " + planId);
        }
    }

    /**
     * The draw is complete: one draw row, every drawn target inspected by a full team of distinct officers, and the
     * replay from the record identical (targets, teams, replacements). Returns the plan as the planner sees it.
     */
    static JsonObject assertFullyDrawn(ApiClient api, Connection connection, long planId) throws SQLException {
        assertEquals(1, rows(connection, "insp_draw", planId), "one draw row");
        JsonObject detail = api.get("/api/v1/plans/" + planId, planner(api)).expect(200).json();
        JsonArray inspections = detail.getJsonArray("inspections");
        assertTrue(!inspections.isEmpty(), "a drawn plan has inspections");
        assertEquals(inspections.size(), rows(connection, "insp_inspection", planId), "inspections stored = shown");
        int teamSize = detail.getJsonObject("plan").getInt("teamSize");
        Set<String> targets = new HashSet<>();
        for (JsonObject inspection : inspections.getValuesAs(JsonObject.class)) {
            assertTrue(targets.add(inspection.getString("creditCode")), "each target once");
            Set<Long> team = new HashSet<>();
            for (JsonObject inspector : inspection.getJsonArray("inspectors").getValuesAs(JsonObject.class)) {
                team.add(inspector.getJsonNumber("officerId").longValue());
            }
            assertEquals(teamSize, team.size(), "a full team of distinct officers: " + inspection);
        }
        JsonObject replay = api.json("POST", "/api/v1/plans/" + planId + "/replay", null, planner(api)).expect(200).json();
        assertTrue(replay.getBoolean("identical"), "replay of plan " + planId + ": " + replay);
        return detail;
    }
}
