package cn.zhifa.app.hostile;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.zhifa.planner.domain.CreditCode;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import jakarta.json.JsonObject;

/**
 * A drawn and published joint plan (联合抽查) of two agencies' matters in area 500156, a new one per call, through
 * the API (targets, matters, plan, confirmations, seal, draw, publication; the officers through
 * {@link CredentialTables}): every target falls in both matters, so every inspection covers both, and its team holds an
 * officer of each agency. The cross-cutting tests use it for the results per matter.
 */
public final class JointPlanFixture {

    static final String AREA = "500156";
    static final String MARKET = "500115002";
    static final String URBAN = "500115003";

    /** The plan, its two matters, the team of each inspection and the officers of each agency. */
    public record JointPlan(long planId, long food, long signs, Map<Long, List<Long>> teams, Set<Long> market,
                            Set<Long> urban) {

        /** The officers of the team of {@code inspectionId} who belong to {@code agency}'s officers. */
        public long memberOf(long inspectionId, Set<Long> agency) {
            return teams.get(inspectionId).stream().filter(agency::contains).findFirst().orElseThrow();
        }
    }

    /** Every officer made here, by agency: an earlier plan's officers may sit on a later plan's teams. */
    private static final Set<Long> MARKET_OFFICERS = new HashSet<>();
    private static final Set<Long> URBAN_OFFICERS = new HashSet<>();

    private JointPlanFixture() {
    }

    public static synchronized JointPlan drawn(ApiClient http) {
        return drawn(http, Tokens.as("planner"), true);
    }

    /**
     * The same made of the market regulator's matter alone, by {@code planner} (a token of 500115002 or of every
     * agency): a plan of one agency, for the agency-scope tests; {@code signs} is 0.
     */
    public static synchronized JointPlan drawnOfMarketAlone(ApiClient http, String planner) {
        return drawn(http, planner, false);
    }

    private static JointPlan drawn(ApiClient http, String planner, boolean joint) {
        String industry = "联合抽查行业-" + UUID.randomUUID();
        StringBuilder csv = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
        for (int i = 0; i < 4; i++) {
            csv.append(creditCode()).append(",联合抽查企业").append(i).append(',').append(industry).append(',').append(AREA)
                    .append(",HIGH,B,武隆区联合路").append(i).append("号\n");
        }
        http.upload("/api/v1/targets/import", "text/csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                planner).expect(200);
        for (int i = 0; i < 2; i++) {
            MARKET_OFFICERS.add(CredentialTables.inspectorOf(MARKET, "联合市场监管员" + i, "MARKET_REGULATION", AREA));
            if (joint) {
                URBAN_OFFICERS.add(CredentialTables.inspectorOf(URBAN, "联合城管队员" + i, "URBAN_MANAGEMENT", AREA));
            }
        }
        long food = matter(http, planner, "联合食品安全检查", "MARKET_REGULATION", MARKET, industry);
        long signs = joint ? matter(http, planner, "联合户外招牌检查", "URBAN_MANAGEMENT", URBAN, industry) : 0;
        LocalDate today = TestClock.today();
        long planId = http.post("/api/v1/plans", """
                {"name":"跨部门联合抽查（交叉测试）","matterIds":[%s],"year":%d,"areas":["%s"],
                 "ratios":{"LOW":1,"MEDIUM":1,"HIGH":1,"VERY_HIGH":1},"teamSize":2,"inspectorCap":20,
                 "startsOn":"%s","endsOn":"%s"}""".formatted(joint ? food + "," + signs : String.valueOf(food),
                today.getYear(), AREA, today, today.plusDays(20)), planner).expect(201).json().getJsonNumber("id").longValue();
        if (joint) {
            for (String agency : List.of(MARKET, URBAN)) {
                http.post("/api/v1/plans/" + planId + "/confirmations", "{\"agencyCode\":\"" + agency + "\"}", planner)
                        .expect(200);
            }
        }
        http.post("/api/v1/plans/" + planId + "/seal", null, planner).expect(200);
        http.post("/api/v1/plans/" + planId + "/draw", "{}", planner).expect(201);
        http.post("/api/v1/plans/" + planId + "/publish", null, planner).expect(200);
        Map<Long, List<Long>> teams = new LinkedHashMap<>();
        http.get("/api/v1/plans/" + planId, planner).expect(200).json().getJsonArray("inspections")
                .getValuesAs(JsonObject.class).forEach(i -> teams.put(i.getJsonNumber("id").longValue(),
                        i.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                                .map(o -> o.getJsonNumber("officerId").longValue()).toList()));
        return new JointPlan(planId, food, signs, teams, Set.copyOf(MARKET_OFFICERS), Set.copyOf(URBAN_OFFICERS));
    }

    /** Such a plan with every matter's result recorded by the planner and the results published. */
    public static synchronized JointPlan withPublishedResults(ApiClient http) {
        JointPlan joint = drawn(http);
        for (long inspection : joint.teams().keySet()) {
            for (long matter : List.of(joint.food(), joint.signs())) {
                http.put("/api/v1/inspections/" + inspection + "/result", """
                        {"matterId":%d,"resultCode":"NO_ISSUE","inspectedOn":"%s","note":"联合检查"}"""
                        .formatted(matter, TestClock.today()), Tokens.as("planner")).expect(200);
            }
        }
        http.post("/api/v1/plans/" + joint.planId() + "/publish-results", null, Tokens.as("planner")).expect(200);
        return joint;
    }

    private static long matter(ApiClient http, String planner, String name, String category, String agency,
                               String industry) {
        return http.post("/api/v1/matters", """
                {"name":"%s","subject":"区有关部门","legalBasis":"有关法律法规","targetScope":"辖区经营者",
                 "content":"检查内容","method":"现场检查","frequency":"每年一次","category":"%s","agencyCode":"%s",
                 "industries":["%s"]}""".formatted(name, category, agency, industry), planner)
                .expect(201).json().getJsonNumber("id").longValue();
    }

    private static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("91").append(AREA);
        for (int i = 0; i < 9; i++) {
            sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }
}
