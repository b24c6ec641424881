package cn.zhifa.planner.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.TestClock;
import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Drawn plans for the tests of inspections: 4 targets, 4 fresh inspectors, teams of 2, a window around today. */
public final class DrawnPlans {
    private DrawnPlans() {
    }

    /**
     * A drawn, unpublished plan in the area, made by the planner ({@code bearer}; a scoped planner's matter is of its
     * agency); the fresh inspectors' ids are added to {@code officers}; the draw's reply with {@code planId} and {@code matterId}.
     */
    public static JsonObject drawnPlan(ApiClient http, String area, List<Long> officers, String bearer) {
        LocalDate today = TestClock.today();
        String industry = "行业-" + UUID.randomUUID();
        Reply imported = http.postCsv("/api/v1/targets/import",
                TargetFixture.targetsCsv(area, industry, 4, new ArrayList<>()), bearer);
        assertEquals(200, imported.status(), imported.body());
        for (int i = 0; i < 4; i++) {
            officers.add(CredentialTables.inspector("检查员" + i, "MARKET_REGULATION", area));
        }
        Reply matter = http.post("/api/v1/matters", """
                {"name":"食品经营抽查","subject":"区市场监督管理局","legalBasis":"《食品安全法》第一百一十条",
                 "targetScope":"辖区食品经营者","content":"许可条件保持情况","method":"现场检查","frequency":"每年一次",
                 "category":"MARKET_REGULATION","industries":["%s"]}""".formatted(industry), bearer);
        assertEquals(201, matter.status(), matter.body());
        Reply plan = http.post("/api/v1/plans", """
                {"name":"任务测试计划","matterId":%d,"year":%d,"areas":["%s"],
                 "ratios":{"LOW":1,"MEDIUM":1,"HIGH":1,"VERY_HIGH":1},"creditMultipliers":{"A":1},
                 "teamSize":2,"inspectorCap":10,"startsOn":"%s","endsOn":"%s"}""".formatted(
                matter.json().getJsonNumber("id").longValue(), today.minusDays(30).getYear(), area,
                today.minusDays(30), today.plusDays(30)), bearer);
        assertEquals(201, plan.status(), plan.body());
        long planId = plan.json().getJsonNumber("id").longValue();
        assertEquals(200, http.post("/api/v1/plans/" + planId + "/seal", null, bearer).status());
        Reply draw = http.post("/api/v1/plans/" + planId + "/draw", "{}", bearer);
        assertEquals(201, draw.status(), draw.body());
        // the draw's reply, with the plan's and its matter's ids
        return jakarta.json.Json.createObjectBuilder(draw.json()).add("planId", planId)
                .add("matterId", matter.json().getJsonNumber("id").longValue()).build();
    }
}
