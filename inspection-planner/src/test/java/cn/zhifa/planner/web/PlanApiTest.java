package cn.zhifa.planner.web;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.planner.domain.Sha256;
import cn.zhifa.planner.testing.TargetFixture;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.security.Roles.PLANNER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan's life end to end: seal, draw (once, even when racing), verification by the published script,
 * publication, replacement, results. Each test uses its own county and industry, so no test sees another's
 * targets or inspectors.
 */
@HelidonTest
@DatabaseTest
class PlanApiTest {

    static final LocalDate TODAY = TestClock.today();

    @Inject
    WebTarget target;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    /**
     * A matter limited to a fresh industry, targets in {@code area}, and {@code officers} inspectors there; the
     * plan names the entropy source {@link #SOURCE}, whose value is out at {@code entropyAt}, or none (null).
     */
    record Scenario(long planId, String area, List<String> codes, List<Long> officers, Instant entropyAt) {
    }

    static final String SOURCE = "上证指数 收盘价";

    private Scenario scenario(String area, String category, int targets, int officers, int teamSize, int cap,
                              String ratios) {
        return scenario(area, category, targets, officers, teamSize, cap, ratios, null);
    }

    /** A plan whose entropy source's value comes out a few seconds after its creation: seal it at once, then wait. */
    private Scenario sourcedScenario(String area, String category, int targets, int officers, int teamSize, int cap,
                                     String ratios) {
        return scenario(area, category, targets, officers, teamSize, cap, ratios, ENTROPY_DELAY);
    }

    /** Long enough to seal a plan on a busy machine, short enough to wait for. */
    static final Duration ENTROPY_DELAY = Duration.ofSeconds(8);

    /** Waits (on the business clock) until the scenario's entropy source has published its value. */
    private static void awaitEntropy(Scenario s) throws InterruptedException {
        long wait = s.entropyAt().toEpochMilli() - TestClock.clock().millis();
        if (wait > 0) {
            Thread.sleep(wait + 50);
        }
    }

    private Scenario scenario(String area, String category, int targets, int officers, int teamSize, int cap,
                              String ratios, Duration entropyIn) {
        String industry = "行业-" + UUID.randomUUID();
        List<String> codes = new ArrayList<>();
        Reply imported = http().postCsv("/api/v1/targets/import", TargetFixture.targetsCsv(area, industry, targets,
                codes), as(PLANNER));
        assertEquals(200, imported.status(), imported.body());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < officers; i++) {
            ids.add(CredentialTables.inspector("检查员" + i, category, area));
        }
        Instant entropyAt = entropyIn == null ? null
                : TestClock.clock().instant().plus(entropyIn).truncatedTo(ChronoUnit.SECONDS);
        return new Scenario(plan(http(), category, industry, ratios, teamSize, cap, entropyAt, area), area, codes, ids,
                entropyAt);
    }

    /**
     * A matter of {@code category} limited to {@code industry} and a draft plan over {@code areas} around today, naming
     * {@link #SOURCE} published at {@code entropyAt} as its entropy source, or none if that is null.
     */
    static long plan(ApiClient http, String category, String industry, String ratios, int teamSize, int cap,
                     Instant entropyAt, String... areas) {
        Reply matter = http.post("/api/v1/matters", """
                {"name":"食品经营抽查","subject":"区市场监督管理局","legalBasis":"《食品安全法》第一百一十条",
                 "targetScope":"辖区食品经营者","content":"许可条件保持情况","method":"现场检查","frequency":"每年一次",
                 "category":"%s","industries":["%s"]}""".formatted(category, industry), as(PLANNER));
        assertEquals(201, matter.status(), matter.body());
        Reply plan = http.post("/api/v1/plans", """
                {"name":"测试计划","matterId":%d,"year":%d,"areas":["%s"],"ratios":%s,"creditMultipliers":{"A":0.5},
                 "teamSize":%d,"inspectorCap":%d,"startsOn":"%s","endsOn":"%s"%s}""".formatted(
                matter.json().getJsonNumber("id").longValue(), TODAY.minusDays(30).getYear(),
                String.join("\",\"", areas), ratios, teamSize, cap, TODAY.minusDays(30), TODAY.plusDays(30),
                entropyAt == null ? "" : ",\"entropySource\":{\"description\":\"" + SOURCE + "\",\"availableAt\":\""
                        + entropyAt.atOffset(ZoneOffset.UTC) + "\"}"), as(PLANNER));
        assertEquals(201, plan.status(), plan.body());
        return plan.json().getJsonNumber("id").longValue();
    }

    private static final String RATIOS = "{\"LOW\":0.25,\"MEDIUM\":0.5,\"HIGH\":1,\"VERY_HIGH\":1}";
    /** Ratios that draw every target. */
    private static final String EVERY_TARGET = "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}";

    /** Seals, draws and publishes the plan; the drawn inspections with their teams. */
    private JsonArray sealDrawAndPublish(Scenario s) {
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        Reply draw = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER));
        assertEquals(201, draw.status(), draw.body());
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish", null, as(PLANNER)).status());
        return draw.json().getJsonArray("inspections");
    }

    @Test
    void shouldSealDrawAndPublishSoThatTheScriptVerifiesTheDraw() throws Exception {
        Scenario s = sourcedScenario("500229", "MARKET_REGULATION", 32, 8, 2, 10, RATIOS);
        Reply seal = http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER));
        assertEquals(200, seal.status(), seal.body());
        assertEquals(32, seal.json().getInt("targetCount"));
        JsonObject commitment = http().get("/public/v1/plans/" + s.planId() + "/commitment", null).json();
        assertEquals(seal.json().getString("commitment"), commitment.getString("commitment"));
        // the seal commits to the entropy source, public before the draw
        String availableAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.entropyAt().atOffset(ZoneOffset.ofHours(8)));
        String sourceHash = Sha256.hex(SOURCE + "\n" + availableAt);
        assertEquals("NAMED_SOURCE", commitment.getString("entropyRule"));
        assertEquals(sourceHash, commitment.getString("entropySourceHash"));
        assertEquals(SOURCE, commitment.getJsonObject("entropySource").getString("description"));

        Reply early = http().post("/api/v1/plans/" + s.planId() + "/draw", "{\"externalEntropy\":\"上证 3412.56\"}",
                as(PLANNER));
        assertEquals(422, early.status(), "refused before the source's moment: " + early.body());
        assertEquals("ENTROPY_NOT_YET_AVAILABLE", early.codes().getFirst());
        assertEquals(0, count("SELECT COUNT(*) FROM insp_draw_attempt WHERE plan_id = ?", s.planId()),
                "a refusal before the moment spends nothing");
        awaitEntropy(s);
        Reply noValue = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER));
        assertEquals(400, noValue.status(), noValue.body());
        assertEquals("ENTROPY_VALUE_REQUIRED", noValue.codes().getFirst());

        Reply draw = http().post("/api/v1/plans/" + s.planId() + "/draw", "{\"externalEntropy\":\"上证 3412.56\"}",
                as(PLANNER));

        assertEquals(201, draw.status(), draw.body());
        JsonArray inspections = draw.json().getJsonArray("inspections");
        // Per risk level 8 targets, credit A/B/C/D two each: LOW 0.25 → A 0.125·2=1, B..D 1 each → 4;
        // MEDIUM 0.5 → A 1, B..D 1 each → 4; HIGH and VERY_HIGH 1 → A 0.5·2 = 1, B..D 2 each → 7 each. 22 in all.
        assertEquals(22, inspections.size());
        for (JsonObject i : inspections.getValuesAs(JsonObject.class)) {
            Set<Long> team = new HashSet<>();
            i.getJsonArray("inspectors").getValuesAs(JsonObject.class)
                    .forEach(o -> team.add(o.getJsonNumber("officerId").longValue()));
            assertEquals(2, team.size());
            assertTrue(s.officers().containsAll(team), "only the scenario's inspectors");
        }
        assertEquals("DRAWN", planState(s.planId()));
        assertEquals(44, count("SELECT COUNT(*) FROM insp_team_member m JOIN insp_inspection i ON i.id = m.inspection_id "
                + "WHERE i.plan_id = ? AND m.active = TRUE", s.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_DRAWN' AND entity_id = ?",
                String.valueOf(s.planId())));

        assertEquals(404, http().get("/public/v1/plans/" + s.planId() + "/draw-record", null).status(),
                "not public before publication");
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish", null, as(PLANNER)).status());
        Reply record = http().get("/public/v1/plans/" + s.planId() + "/draw-record", null);
        assertEquals(200, record.status(), record.body());
        assertEquals(sourceHash, record.json().getString("entropySourceHash"));
        assertEquals(availableAt, record.json().getJsonObject("entropySource").getString("availableAt"));
        assertEquals("上证 3412.56", record.json().getString("externalEntropy"), "the value, to check at the source");

        Path file = Files.createTempFile("draw-record", ".json");
        Files.writeString(file, record.body(), StandardCharsets.UTF_8);
        Verification ok = verify(file);
        assertEquals(0, ok.exitCode(), ok.output());
        assertTrue(ok.output().contains("draw verified"), ok.output());
        assertTrue(ok.output().contains("OK   entropySourceHash"), ok.output());
        Verification otherSource = verify(record.body().replace(SOURCE, "深证成指 收盘价"));
        assertEquals(1, otherSource.exitCode(), "a source other than the sealed one: " + otherSource.output());
        Verification noSource = verify(Json.createObjectBuilder(record.json()).remove("entropySource").build().toString());
        assertEquals(1, noSource.exitCode(), "a sealed source left out of the record: " + noSource.output());

        Files.writeString(file, record.body().replace(s.codes().get(0), s.codes().get(1))
                .replace("\"externalEntropy\":\"上证 3412.56\"", "\"externalEntropy\":\"上证 3412.57\""),
                StandardCharsets.UTF_8);
        Verification tampered = verify(file);
        assertEquals(1, tampered.exitCode(), tampered.output());

        JsonObject replay = http().post("/api/v1/plans/" + s.planId() + "/replay", null, as(PLANNER)).json();
        assertTrue(replay.getBoolean("identical"), replay.toString());

        Reply again = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER));
        assertEquals(409, again.status());
        assertEquals("application/problem+json", again.contentType());
    }

    record Verification(int exitCode, String output) {
    }

    /** {@code docs/verify-draw.py} on a draw record given as JSON text. */
    static Verification verify(String record) throws IOException, InterruptedException {
        Path file = Files.createTempFile("draw-record", ".json");
        Files.writeString(file, record, StandardCharsets.UTF_8);
        return verify(file);
    }

    private static Verification verify(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", Path.of("..", "docs", "verify-draw.py").toString(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Verification(p.waitFor(), out);
    }

    @Test
    void shouldDrawOnceWhenTwoRequestsRace() throws Exception {
        Scenario s = sourcedScenario("500230", "MARKET_REGULATION", 12, 6, 2, 10, RATIOS);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        awaitEntropy(s);
        String bearer = as(PLANNER);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (String entropy : List.of("a", "b")) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return http().post("/api/v1/plans/" + s.planId() + "/draw",
                            "{\"externalEntropy\":\"" + entropy + "\"}", bearer).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : replies) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw WHERE plan_id = ?", s.planId()));
        long inspections = count("SELECT COUNT(*) FROM insp_inspection WHERE plan_id = ?", s.planId());
        assertEquals(inspections * 2, count("SELECT COUNT(*) FROM insp_team_member m JOIN insp_inspection i "
                + "ON i.id = m.inspection_id WHERE i.plan_id = ?", s.planId()));
    }

    @Test
    void shouldRefuseAnInfeasibleDrawWithADiagnosisRecordTheAttemptAndCancelThePlanPublicly() throws Exception {
        Scenario s = sourcedScenario("500231", "HEALTH", 8, 2, 2, 10, RATIOS);
        declareConflictBeforeTheSeal(s);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        awaitEntropy(s);

        Reply draw = http().post("/api/v1/plans/" + s.planId() + "/draw", "{\"externalEntropy\":\"3400\"}",
                as(PLANNER));

        assertEquals(422, draw.status(), draw.body());
        assertEquals(1, draw.json().getJsonArray("errors").size(), "one line per area and category: " + draw.body());
        JsonObject error = draw.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("TEAM_SHORTAGE", error.getString("code"));
        assertTrue(error.getString("message").startsWith("垫江县（500231）的卫生健康检查组不成检查组：需要 "),
                error.getString("message"));
        assertEquals(0, count("SELECT COUNT(*) FROM insp_inspection WHERE plan_id = ?", s.planId()));
        assertEquals(0, count("SELECT COUNT(*) FROM insp_draw WHERE plan_id = ?", s.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_job WHERE kind = 'planner.draw' AND subject_key = ? "
                + "AND state = 'REFUSED' AND problem_status = 422 AND problem_code = 'BUSINESS_RULE_REFUSED'",
                "plan:" + s.planId()), "the refused draw job is kept with its problem");
        // the attempt spent the seal: recorded, audited, the plan cancelled with the reason
        assertEquals("CANCELLED", planState(s.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw_attempt WHERE plan_id = ? AND outcome = 'FAILED' "
                + "AND problem_code = 'TEAM_SHORTAGE' AND external_entropy = '3400'", s.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_DRAW_FAILED' AND entity_id = ?",
                String.valueOf(s.planId())));
        Reply again = http().post("/api/v1/plans/" + s.planId() + "/draw", "{\"externalEntropy\":\"3401\"}",
                as(PLANNER));
        assertEquals(409, again.status(), again.body());
        assertEquals("urn:zhifa:problem:PLAN_CANCELLED", again.json().getString("type"));

        JsonObject shown = http().get("/public/v1/plans/" + s.planId(), null).json();
        assertEquals("CANCELLED", shown.getJsonObject("plan").getString("state"));
        assertTrue(shown.getJsonObject("plan").getString("cancelReason").startsWith("抽取未成功"), shown.toString());
        assertEquals("FAILED", shown.getJsonArray("attempts").getJsonObject(0).getString("outcome"));
        Reply record = http().get("/public/v1/plans/" + s.planId() + "/draw-record", null);
        assertEquals(200, record.status(), "a cancelled plan's recomputation is not 'not found': " + record.body());
        assertEquals("3400", record.json().getJsonArray("attempts").getJsonObject(0).getString("externalEntropy"));
        Verification verified = verify(record.body());
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("cancelled"), verified.output());
    }

    @Test
    void shouldDescribeAShortageInEnglishWhenAskedTo() {
        Scenario s = scenario("500104", "HEALTH", 8, 2, 2, 10, RATIOS);
        declareConflictBeforeTheSeal(s);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        String english = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER),
                Map.of("Accept-Language", "en")).json()
                .getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(english.startsWith("No teams can be formed for Health in \"") && english.contains("(500104)"),
                english);
    }

    /**
     * Issue 23: seal, then declare a conflict between the target to be spared and every sealed inspector, then
     * draw with entropy "…3400", "…3401", … until a draw leaves the target out. Before the fix every draw that
     * picked the target failed with 422 and could be retried; now conflicts declared after the seal do not count
     * for its draw, and the seal allows one attempt: the grind finds no second draw.
     */
    @Test
    void shouldFindNoSecondDrawWhenAPlannerGrindsTheEntropyAfterDeclaringConflicts() throws Exception {
        Scenario s = sourcedScenario("500105", "MARKET_REGULATION", 4, 4, 2, 10, EVERY_TARGET);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        awaitEntropy(s);
        String spared = s.codes().get(0);
        for (long officer : s.officers()) {
            Reply conflict = http().post("/api/v1/targets/" + spared + "/conflicts",
                    "{\"officerId\":" + officer + ",\"reason\":\"亲属关系\"}", as(PLANNER));
            assertEquals(201, conflict.status(), conflict.body());
        }

        List<Integer> statuses = new ArrayList<>();
        for (int n = 3400; n < 3408; n++) {
            statuses.add(http().post("/api/v1/plans/" + s.planId() + "/draw",
                    "{\"externalEntropy\":\"上证 " + n + "\"}", as(PLANNER)).status());
        }

        assertEquals(201, statuses.get(0), "conflicts declared after the seal do not count for its draw: " + statuses);
        assertEquals(List.of(409, 409, 409, 409, 409, 409, 409), statuses.subList(1, statuses.size()));
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw_attempt WHERE plan_id = ?", s.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM insp_inspection WHERE plan_id = ? AND credit_code = '" + spared
                + "'", s.planId()), "the target is drawn as the sealed inputs say");
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_DRAWN' AND entity_id = ?",
                String.valueOf(s.planId())));
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish", null, as(PLANNER)).status());
        Reply record = http().get("/public/v1/plans/" + s.planId() + "/draw-record", null);
        JsonArray attempts = record.json().getJsonArray("attempts");
        assertEquals(1, attempts.size(), record.body());
        assertEquals("上证 3400", attempts.getJsonObject(0).getString("externalEntropy"));
        assertEquals("DRAWN", attempts.getJsonObject(0).getString("outcome"));
        Path file = Files.createTempFile("draw-record", ".json");
        Files.writeString(file, record.body(), StandardCharsets.UTF_8);
        Verification verified = verify(file);
        assertEquals(0, verified.exitCode(), verified.output());
        JsonObject replay = http().post("/api/v1/plans/" + s.planId() + "/replay", null, as(PLANNER)).json();
        assertTrue(replay.getBoolean("identical"), "the replay counts the conflicts the draw counted: " + replay);
    }

    /**
     * Issue 20 item 2: a plan that named no source takes no external value at its draw (so nobody has one to
     * choose); a seal made before the source was fixed at the seal keeps the old rule, recorded as such.
     */
    @Test
    void shouldTakeNoExternalValueWithoutANamedSourceAndKeepTheOldRuleForEarlierSeals() throws Exception {
        Scenario s = scenario("500112", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        JsonObject seal = http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).json();
        assertEquals("NONE", seal.getString("entropyRule"));

        Reply chosen = http().post("/api/v1/plans/" + s.planId() + "/draw", "{\"externalEntropy\":\"3400\"}",
                as(PLANNER));

        assertEquals(400, chosen.status(), chosen.body());
        assertEquals("ENTROPY_SOURCE_NOT_NAMED", chosen.codes().getFirst());
        assertEquals("externalEntropy", chosen.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(201, http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER)).status());

        Scenario earlier = scenario("500113", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        assertEquals(200, http().post("/api/v1/plans/" + earlier.planId() + "/seal", null, as(PLANNER)).status());
        // as V41 leaves a seal made before it
        assertEquals(1, update("UPDATE insp_seal SET entropy_rule = 'AT_DRAW' WHERE plan_id = ?", earlier.planId()));
        assertEquals(201, http().post("/api/v1/plans/" + earlier.planId() + "/draw",
                "{\"externalEntropy\":\"上证 3400\"}", as(PLANNER)).status());
        assertEquals(200, http().post("/api/v1/plans/" + earlier.planId() + "/publish", null, as(PLANNER)).status());
        JsonObject record = http().get("/public/v1/plans/" + earlier.planId() + "/draw-record", null).json();
        assertEquals("AT_DRAW", record.getString("entropyRule"));
        assertEquals("上证 3400", record.getString("externalEntropy"));
        Verification verified = verify(record.toString());
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("typed at the draw"), verified.output());
    }

    /** The seal must come before the source's value is known, and a plan cannot name a moment already past. */
    @Test
    void shouldRefuseASourceWhoseValueIsAlreadyKnownAtCreationOrAtTheSeal() throws Exception {
        Reply past = http().post("/api/v1/plans", """
                {"name":"测试计划","matterId":1,"year":%d,"areas":["500114"],"ratios":{"LOW":1},"teamSize":2,
                 "startsOn":"%s","endsOn":"%s",
                 "entropySource":{"description":"福彩3D 开奖号码","availableAt":"%s"}}""".formatted(TODAY.getYear(),
                TODAY.withDayOfYear(1), TODAY.withDayOfYear(1).plusMonths(1),
                TestClock.clock().instant().minusSeconds(60)), as(PLANNER));
        assertEquals(400, past.status(), past.body());
        assertTrue(past.body().contains("ENTROPY_ALREADY_AVAILABLE"), past.body());
        assertTrue(past.body().contains("entropySource.availableAt"), past.body());

        Scenario s = sourcedScenario("500114", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        awaitEntropy(s);
        Reply seal = http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER));
        assertEquals(422, seal.status(), seal.body());
        assertEquals("ENTROPY_ALREADY_AVAILABLE", seal.codes().getFirst());
        assertEquals("DRAFT", planState(s.planId()), "nothing sealed");
        assertEquals(0, count("SELECT COUNT(*) FROM insp_seal WHERE plan_id = ?", s.planId()));
    }

    /**
     * The hole left by one attempt per seal: an attempt is stored when it starts, before anything is computed, so a
     * draw whose server died mid-way (and whose job the queue gave up on) cannot be drawn again with other entropy
     * under the same seal; it is finished with the entropy it started with, recomputing the same draw.
     */
    @Test
    void shouldFinishADrawThatDiedMidWayOnlyWithTheEntropyItStartedWith() throws Exception {
        Scenario s = sourcedScenario("500120", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        awaitEntropy(s);
        Scenario died = sourcedScenario("500155", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        assertEquals(200, http().post("/api/v1/plans/" + died.planId() + "/seal", null, as(PLANNER)).status());
        awaitEntropy(died);

        // a draw that completes: started (public, audited) before it is drawn
        assertEquals(201, http().post("/api/v1/plans/" + s.planId() + "/draw", "{\"externalEntropy\":\"上证 3400\"}",
                as(PLANNER)).status());
        assertTrue(count("SELECT MIN(seq) FROM shr_audit_event WHERE action = 'PLAN_DRAW_STARTED' AND entity_id = ?",
                String.valueOf(s.planId())) < count("SELECT MIN(seq) FROM shr_audit_event WHERE action = 'PLAN_DRAWN' "
                + "AND entity_id = ?", String.valueOf(s.planId())), "the start is on the record before the draw");
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw_attempt WHERE plan_id = ? AND outcome = 'DRAWN' "
                + "AND ended_at_ms >= attempted_at_ms", s.planId()));

        // a draw whose server died after recording its start: the attempt stays STARTED, the plan SEALED
        String seedOf3400 = Sha256.hex(stringOf("SELECT server_seed FROM insp_seal WHERE plan_id = ?", died.planId())
                + ":上证 3400");
        try (Connection c = TestDatabase.current().connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO insp_draw_attempt (plan_id, external_entropy, seed, outcome, attempted_by, attempted_at_ms)
                VALUES (?, '上证 3400', ?, 'STARTED', 'planner-test', ?)""")) {
            insert.setLong(1, died.planId());
            insert.setString(2, seedOf3400);
            insert.setLong(3, TestClock.clock().millis());
            assertEquals(1, insert.executeUpdate());
        }
        JsonObject shown = http().get("/public/v1/plans/" + died.planId(), null).json();
        assertEquals("STARTED", shown.getJsonArray("attempts").getJsonObject(0).getString("outcome"),
                "the started attempt is public");

        Reply other = http().post("/api/v1/plans/" + died.planId() + "/draw", "{\"externalEntropy\":\"上证 3401\"}",
                as(PLANNER));
        assertEquals(409, other.status(), other.body());
        assertEquals("urn:zhifa:problem:PLAN_DRAW_STARTED", other.json().getString("type"));
        assertEquals("SEALED", planState(died.planId()));

        Reply same = http().post("/api/v1/plans/" + died.planId() + "/draw", "{\"externalEntropy\":\"上证 3400\"}",
                as(PLANNER));
        assertEquals(201, same.status(), same.body());
        assertEquals(seedOf3400, same.json().getString("seed"), "the same seed, so the same draw");
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw_attempt WHERE plan_id = ? AND outcome = 'DRAWN' "
                + "AND external_entropy = '上证 3400'", died.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_DRAW_RESUMED' "
                + "AND entity_id = ?", String.valueOf(died.planId())));
    }

    /** Issue 22 item 4b: the commitment, hashes, counts and seal instant are public from the seal on. */
    @Test
    void shouldShowASealedPlanPubliclyBeforeTheDrawAndTheDrawInstantAfterIt() {
        Scenario s = scenario("500106", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        assertEquals(404, http().get("/public/v1/plans/" + s.planId(), null).status(), "a draft is not public");
        JsonObject seal = http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).json();

        Reply sealed = http().get("/public/v1/plans/" + s.planId(), null);

        assertEquals(200, sealed.status(), sealed.body());
        JsonObject shown = sealed.json();
        assertEquals(seal.getString("commitment"), shown.getJsonObject("seal").getString("commitment"));
        assertEquals(seal.getString("targetsHash"), shown.getJsonObject("seal").getString("targetsHash"));
        assertEquals(8, shown.getJsonObject("seal").getInt("targetCount"));
        assertEquals(4, shown.getJsonObject("seal").getInt("inspectorCount"));
        assertEquals(seal.getJsonNumber("sealedAtMs").longValue(),
                shown.getJsonObject("plan").getJsonNumber("sealedAtMs").longValue());
        assertTrue(shown.getJsonObject("plan").getOrDefault("drawnAtMs", jakarta.json.JsonValue.NULL)
                == jakarta.json.JsonValue.NULL, "not drawn yet");
        assertEquals("食品经营抽查", shown.getJsonObject("matter").getString("name"));
        assertTrue(shown.getJsonObject("plan").getJsonObject("ratios").containsKey("LOW"));
        assertTrue(http().get("/public/v1/plans?size=100", null).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(p -> p.getJsonNumber("id").longValue() == s.planId()),
                "listed from the seal on");

        assertEquals(201, http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER)).status());
        JsonObject drawn = http().get("/public/v1/plans/" + s.planId(), null).json();
        assertTrue(drawn.getJsonObject("plan").getJsonNumber("drawnAtMs").longValue()
                >= seal.getJsonNumber("sealedAtMs").longValue());
        assertEquals("DRAWN", drawn.getJsonArray("attempts").getJsonObject(0).getString("outcome"));
        assertEquals(0, drawn.getJsonArray("inspections").size(), "the drawn list waits for the publication");
        assertEquals(404, http().get("/public/v1/plans/" + s.planId() + "/draw-record", null).status());
    }

    /**
     * Issue 23 item 3: a result, a replacement and the publication of results decide on the plan row, locked. While
     * another transaction holds the row and publishes the results, a result and a replacement wait for it, then see
     * the publication and are refused.
     */
    @Test
    void shouldMakeResultsAndReplacementsWaitForTheLockedPlanRowAndRefuseThemOncePublished() throws Exception {
        Scenario s = scenario("500107", "MARKET_REGULATION", 4, 4, 2, 10, EVERY_TARGET);
        JsonArray drawn = sealDrawAndPublish(s);
        long inspection = drawn.getJsonObject(0).getJsonNumber("id").longValue();
        long member = drawn.getJsonObject(0).getJsonArray("inspectors").getJsonObject(0).getJsonNumber("officerId")
                .longValue();
        String result = "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\"}";
        String bearer = as(PLANNER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection c = TestDatabase.current().connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM insp_plan WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, s.planId());
                lock.executeQuery().close();
            }
            Future<Reply> recorded = pool.submit(() -> http().put("/api/v1/inspections/" + inspection + "/result",
                    result, bearer));
            Future<Reply> replaced = pool.submit(() -> http().post("/api/v1/plans/" + s.planId() + "/replacements",
                    "{\"officerId\":" + member + ",\"reason\":\"ILLNESS\"}", bearer));
            Thread.sleep(300);
            assertTrue(!recorded.isDone() && !replaced.isDone(), "both wait for the plan row");
            try (PreparedStatement publish = c.prepareStatement(
                    "UPDATE insp_plan SET results_published_at_ms = ? WHERE id = ?")) {
                publish.setLong(1, System.currentTimeMillis());
                publish.setLong(2, s.planId());
                assertEquals(1, publish.executeUpdate());
            }
            c.commit();
            assertEquals(409, recorded.get().status(), recorded.get().body());
            assertEquals(409, replaced.get().status(), replaced.get().body());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM insp_inspection WHERE plan_id = ? AND result_code IS NOT NULL",
                s.planId()));
        assertEquals(0, count("SELECT COUNT(*) FROM insp_replacement WHERE plan_id = ?", s.planId()));
    }

    @Test
    void shouldPublishResultsAsARecordOfWhatWasPublished() throws SQLException {
        Scenario s = scenario("500108", "MARKET_REGULATION", 4, 4, 2, 10, EVERY_TARGET);
        JsonArray drawn = sealDrawAndPublish(s);
        for (JsonObject i : drawn.getValuesAs(JsonObject.class)) {
            assertEquals(200, http().put("/api/v1/inspections/" + i.getJsonNumber("id") + "/result",
                    "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\"}", as(PLANNER)).status());
        }

        Reply published = http().post("/api/v1/plans/" + s.planId() + "/publish-results", null, as(PLANNER));

        assertEquals(200, published.status(), published.body());
        assertEquals(s.planId(), published.json().getJsonNumber("planId").longValue());
        assertEquals(4, published.json().getInt("inspections"));
        assertEquals(published.json().getJsonNumber("publishedAtMs").longValue(),
                count("SELECT results_published_at_ms FROM insp_plan WHERE id = ?", s.planId()));
    }

    /** Issue 22 item 11: the public CSV opens in Excel (byte-order mark) headed in Chinese, every code with its name. */
    @Test
    void shouldExportThePublicInspectionsWithANameBesideEveryCode() {
        Scenario s = scenario("500111", "MARKET_REGULATION", 4, 4, 2, 10, EVERY_TARGET);
        JsonArray drawn = sealDrawAndPublish(s);
        for (JsonObject i : drawn.getValuesAs(JsonObject.class)) {
            assertEquals(200, http().put("/api/v1/inspections/" + i.getJsonNumber("id") + "/result",
                    "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\"}", as(PLANNER)).status());
        }
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish-results", null, as(PLANNER)).status());

        String chinese = http().send("GET", "/public/v1/plans/" + s.planId() + "/inspections", null, null, null,
                Map.of("Accept", "text/csv")).expect(200).body();
        String english = http().send("GET", "/public/v1/plans/" + s.planId() + "/inspections", null, null, null,
                Map.of("Accept", "text/csv", "Accept-Language", "en")).expect(200).body();

        List<String> lines = chinese.lines().toList();
        assertEquals("\uFEFF检查编号,统一社会信用代码,检查对象名称,行政区划代码,所在区域,检查人员,执法证号,检查结果代码,检查结果,检查日期,"
                + "检查事项编号,检查事项,部门代码,实施部门", lines.getFirst());
        assertEquals(5, lines.size(), chinese);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.contains(",500111,大足区,") && line.contains(",NO_ISSUE,未发现问题," + TODAY), line);
        }
        assertTrue(english.lines().toList().getFirst().startsWith("\uFEFFInspection id,Credit code,Target,Area code,Area,"),
                english);
        assertTrue(english.contains(",NO_ISSUE,No issue found,"), english);
    }

    /** Issue 23 item 3: what a plan published of its targets is fixed at the draw; a re-import is audited field by field. */
    @Test
    void shouldKeepThePublishedTargetNameWhenTheDirectoryIsReimportedAndAuditWhatChanged() throws SQLException {
        Scenario s = scenario("500109", "MARKET_REGULATION", 4, 4, 2, 10, EVERY_TARGET);
        sealDrawAndPublish(s);
        String code = s.codes().get(0);
        String before = stringOf("SELECT name FROM insp_target WHERE credit_code = ?", code);
        String industry = stringOf("SELECT industry FROM insp_target WHERE credit_code = ?", code);
        String risk = stringOf("SELECT risk_level FROM insp_target WHERE credit_code = ?", code);
        String credit = stringOf("SELECT credit_level FROM insp_target WHERE credit_code = ?", code);

        Reply reimported = http().postCsv("/api/v1/targets/import", "creditCode,name,industry,area,riskLevel,"
                + "creditLevel,address\n" + code + ",改名后的企业," + industry + ",500109," + risk + "," + credit
                + ",新地址\n", as(PLANNER));

        assertEquals(200, reimported.status(), reimported.body());
        assertEquals("改名后的企业", stringOf("SELECT name FROM insp_target WHERE credit_code = ?", code));
        JsonObject shown = http().get("/public/v1/plans/" + s.planId(), null).json().getJsonArray("inspections")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("creditCode").equals(code))
                .findFirst().orElseThrow();
        assertEquals(before, shown.getString("targetName"), "the published plan keeps the name it was drawn with");
        String changes = stringOf("SELECT summary FROM shr_audit_event WHERE action = 'TARGET_CHANGED' AND entity_id = ?",
                code);
        assertTrue(changes.contains("\"name\"") && changes.contains(before) && changes.contains("改名后的企业")
                && changes.contains("\"address\"") && changes.contains("新地址"), changes);
        assertTrue(!changes.contains("\"industry\""), "only the fields that changed: " + changes);
    }

    /**
     * Both officers of a scenario are needed on every target; a conflict of interest (回避) of the first with one
     * target, declared before the seal, makes every draw short there: conflicts count for the draw up to the seal,
     * and the seal's staffing check leaves them to the draw.
     */
    private void declareConflictBeforeTheSeal(Scenario s) {
        Reply conflict = http().post("/api/v1/targets/" + s.codes().get(0) + "/conflicts",
                "{\"officerId\":" + s.officers().get(0) + ",\"reason\":\"近亲属任法定代表人\"}", as(PLANNER));
        assertEquals(201, conflict.status(), conflict.body());
    }

    @Test
    void shouldAnswerARetriedDrawWithTheSameIdempotencyKeyWithTheFirstResult() throws SQLException {
        Scenario s = scenario("500242", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER));
        String bearer = as(PLANNER);
        String key = "draw-" + UUID.randomUUID();

        Reply first = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", bearer, Map.of("Idempotency-Key", key));
        Reply retry = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", bearer, Map.of("Idempotency-Key", key));

        assertEquals(201, first.status());
        assertEquals(201, retry.status(), "a network retry is not a second draw");
        assertEquals(first.body(), retry.body());
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw WHERE plan_id = ?", s.planId()));
    }

    @Test
    void shouldReplaceAnOfficerInTheAffectedTeamsOnly() throws SQLException {
        Scenario s = scenario("500233", "MARKET_REGULATION", 16, 6, 2, 10, RATIOS);
        http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER));
        JsonArray drawn = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER)).json()
                .getJsonArray("inspections");
        long leaving = drawn.getJsonObject(0).getJsonArray("inspectors").getJsonObject(0)
                .getJsonNumber("officerId").longValue();
        long before = count("SELECT COUNT(*) FROM insp_team_member m JOIN insp_inspection i ON i.id = m.inspection_id "
                + "WHERE i.plan_id = ? AND m.active = TRUE AND m.officer_id <> " + leaving, s.planId());

        Reply replaced = http().post("/api/v1/plans/" + s.planId() + "/replacements",
                "{\"officerId\":" + leaving + ",\"reason\":\"ILLNESS\",\"note\":\"住院\"}", as(PLANNER));

        assertEquals(201, replaced.status(), replaced.body());
        int affected = replaced.json().getJsonArray("inspectionIds").size();
        assertTrue(affected >= 1);
        assertEquals(0, count("SELECT COUNT(*) FROM insp_team_member m JOIN insp_inspection i ON i.id = m.inspection_id "
                + "WHERE i.plan_id = ? AND m.active = TRUE AND m.officer_id = " + leaving, s.planId()));
        assertEquals(before + affected, count("SELECT COUNT(*) FROM insp_team_member m JOIN insp_inspection i "
                + "ON i.id = m.inspection_id WHERE i.plan_id = ? AND m.active = TRUE", s.planId()),
                "every other membership stays, one new member per affected team");
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'TEAM_MEMBER_REPLACED' "
                + "AND entity_id = ?", String.valueOf(s.planId())));
        long secondInspection = drawn.getJsonObject(1).getJsonNumber("id").longValue();
        long conflicted = http().get("/api/v1/plans/" + s.planId(), as(PLANNER)).json().getJsonArray("inspections")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("id").longValue() == secondInspection)
                .findFirst().orElseThrow().getJsonArray("inspectors").getJsonObject(0).getJsonNumber("officerId")
                .longValue();
        Reply second = http().post("/api/v1/plans/" + s.planId() + "/replacements", "{\"officerId\":" + conflicted
                + ",\"reason\":\"CONFLICT\",\"inspectionIds\":[" + secondInspection + "]}", as(PLANNER));
        assertEquals(201, second.status(), second.body());
        assertEquals(List.of(secondInspection), second.json().getJsonArray("inspectionIds").getValuesAs(
                jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList());

        JsonObject replay = http().post("/api/v1/plans/" + s.planId() + "/replay", null, as(PLANNER)).json();
        assertTrue(replay.getBoolean("identical"), "the draw and both replacements replay: " + replay);
        assertTrue(replay.getBoolean("replacementsIdentical"));
    }

    @Test
    void shouldPublishTargetNamesThatLookLikeFormulasAsTextInThePublicCsv() {
        Scenario s = scenario("500243", "MARKET_REGULATION", 4, 4, 2, 10,
                "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}");
        String formula = "=HYPERLINK(\"http://evil.example\",\"点击查看整改通知\")";
        StringBuilder renamed = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
        for (String code : s.codes()) {
            JsonObject row = http().get("/api/v1/targets?q=" + code, as(PLANNER)).json().getJsonArray("items")
                    .getJsonObject(0);
            renamed.append(String.join(",", code, "\"" + formula.replace("\"", "\"\"") + "\"",
                    row.getString("industry"), row.getString("areaCode"), row.getString("riskLevel"),
                    row.getString("creditLevel"), "")).append('\n');
        }
        assertEquals(200, http().postCsv("/api/v1/targets/import", renamed.toString(), as(PLANNER)).status());
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        assertEquals(201, http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER)).status());
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish", null, as(PLANNER)).status());

        String csv = target.path("/public/v1/plans/" + s.planId() + "/inspections").request("text/csv").get(String.class);

        List<String> names = csv.lines().skip(1).map(line -> line.split(",")[2]).toList();
        assertFalse(names.isEmpty(), csv);
        names.forEach(name -> assertTrue(name.startsWith("\"'=HYPERLINK("), csv));
        assertFalse(csv.lines().anyMatch(line -> line.contains(",=") || line.contains(",\"=")), csv);
    }

    @Test
    void shouldRecordResultsByTheTeamAndPublishThemWhenComplete() throws SQLException {
        Scenario s = scenario("500235", "MARKET_REGULATION", 4, 4, 2, 10, "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}");
        http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER));
        JsonArray drawn = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER)).json()
                .getJsonArray("inspections");
        assertEquals(4, drawn.size());
        JsonObject first = drawn.getJsonObject(0);
        long inspectionId = first.getJsonNumber("id").longValue();
        Set<Long> team = new HashSet<>();
        first.getJsonArray("inspectors").getValuesAs(JsonObject.class)
                .forEach(o -> team.add(o.getJsonNumber("officerId").longValue()));
        long member = team.iterator().next();
        long outsider = s.officers().stream().filter(o -> !team.contains(o)).findFirst().orElseThrow();
        String result = "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\",\"note\":\"未发现问题\"}";

        assertEquals(403, http().put("/api/v1/inspections/" + inspectionId + "/result", result,
                Tokens.bearer(String.valueOf(outsider), "officer")).status());
        Reply outside = http().put("/api/v1/inspections/" + inspectionId + "/result",
                result.replace(TODAY.toString(), TODAY.minusDays(60).toString()), as(PLANNER));
        assertEquals(422, outside.status(), outside.body());
        Reply recorded = http().put("/api/v1/inspections/" + inspectionId + "/result", result,
                Tokens.bearer(String.valueOf(member), "officer"));
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(1, count("SELECT COUNT(*) FROM insp_inspection WHERE id = ? AND result_code = 'NO_ISSUE'",
                inspectionId));

        assertEquals(409, http().post("/api/v1/plans/" + s.planId() + "/publish-results", null, as(PLANNER)).status(),
                "results of an unpublished plan are not published");
        http().post("/api/v1/plans/" + s.planId() + "/publish", null, as(PLANNER));
        Reply incomplete = http().post("/api/v1/plans/" + s.planId() + "/publish-results", null, as(PLANNER));
        assertEquals(422, incomplete.status(), incomplete.body());
        for (JsonObject i : drawn.getValuesAs(JsonObject.class)) {
            http().put("/api/v1/inspections/" + i.getJsonNumber("id") + "/result", result, as(PLANNER));
        }
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish-results", null, as(PLANNER)).status());

        JsonObject published = http().get("/public/v1/plans/" + s.planId(), null).json();
        assertEquals("NO_ISSUE", published.getJsonArray("inspections").getJsonObject(0).getString("resultCode"));
        Reply csv = http().send("GET", "/public/v1/plans/" + s.planId() + "/inspections", null, null, null,
                Map.of("Accept", "text/csv")).expect(200);
        assertTrue(csv.body().startsWith("\uFEFF检查编号,统一社会信用代码,检查对象名称"), csv.body());
        assertEquals(5, csv.body().lines().count());
        assertEquals(409, http().put("/api/v1/inspections/" + inspectionId + "/result", result, as(PLANNER)).status(),
                "published results are final");
        JsonObject stats = http().get("/public/v1/statistics?year=" + TODAY.minusDays(30).getYear(), null).json();
        assertTrue(stats.getJsonObject("results").getJsonNumber("NO_ISSUE").longValue() >= 4);
    }

    @Test
    void shouldCountInThePublicStatisticsOnlyPublishedPlansAndTheirResultsOncePublished() throws SQLException {
        Scenario s = scenario("500243", "MARKET_REGULATION", 4, 4, 2, 10, "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":1,\"VERY_HIGH\":1}");
        LocalDate start = TODAY.minusDays(30);
        String period = "/public/v1/statistics?year=" + start.getYear() + "&quarter=" + ((start.getMonthValue() + 2) / 3);
        JsonObject before = http().get(period, null).json();
        http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER));
        JsonArray drawn = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER)).json()
                .getJsonArray("inspections");
        assertEquals(4, drawn.size());
        String result = "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"" + TODAY + "\",\"note\":\"未发现问题\"}";
        for (JsonObject i : drawn.getValuesAs(JsonObject.class)) {
            assertEquals(200, http().put("/api/v1/inspections/" + i.getJsonNumber("id") + "/result", result,
                    as(PLANNER)).status());
        }

        JsonObject unpublished = http().get(period, null).json();
        assertEquals(before.getJsonNumber("drawn").longValue(), unpublished.getJsonNumber("drawn").longValue(),
                "a drawn plan that is not published is not counted");
        assertEquals(before.getJsonObject("drawnByStratum"), unpublished.getJsonObject("drawnByStratum"));
        assertEquals(before.getJsonObject("results"), unpublished.getJsonObject("results"));

        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish", null, as(PLANNER)).status());
        JsonObject planPublished = http().get(period, null).json();
        assertEquals(before.getJsonNumber("drawn").longValue() + 4, planPublished.getJsonNumber("drawn").longValue());
        assertEquals(resultCount(before, "NO_ISSUE"), resultCount(planPublished, "NO_ISSUE"),
                "results not yet published are not shown");
        assertEquals(resultCount(before, "PENDING") + 4, resultCount(planPublished, "PENDING"));
        assertEquals(before.getJsonNumber("inspected").longValue(), planPublished.getJsonNumber("inspected").longValue());
        assertEquals(sumOf(before.getJsonObject("drawnByStratum")) + 4, sumOf(planPublished.getJsonObject("drawnByStratum")));

        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/publish-results", null, as(PLANNER)).status());
        JsonObject resultsPublished = http().get(period, null).json();
        assertEquals(resultCount(before, "NO_ISSUE") + 4, resultCount(resultsPublished, "NO_ISSUE"));
        assertEquals(resultCount(before, "PENDING"), resultCount(resultsPublished, "PENDING"));
        assertEquals(4, http().get("/api/v1/plans/" + s.planId() + "/statistics", as(PLANNER)).json()
                .getJsonNumber("drawn").longValue(), "the planner's own figures of the plan");
    }

    private static long resultCount(JsonObject statistics, String code) {
        JsonObject results = statistics.getJsonObject("results");
        return results.containsKey(code) ? results.getJsonNumber(code).longValue() : 0;
    }

    private static long sumOf(JsonObject counts) {
        return counts.values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
    }

    @Test
    void shouldCancelASealedPlanAndKeepItPubliclyVisibleWithTheReason() throws SQLException {
        Scenario s = scenario("500241", "MARKET_REGULATION", 4, 2, 2, 10, RATIOS);
        http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER));

        Reply cancelled = http().post("/api/v1/plans/" + s.planId() + "/cancel", "{\"reason\":\"事项调整\"}",
                as(PLANNER));

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", planState(s.planId()));
        JsonObject shown = http().get("/public/v1/plans/" + s.planId(), null).json();
        assertEquals("事项调整", shown.getJsonObject("plan").getString("cancelReason"));
        assertEquals(409, http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER)).status());
        assertEquals(409, http().post("/api/v1/plans/" + s.planId() + "/cancel", "{\"reason\":\"再次\"}",
                as(PLANNER)).status());
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_CANCELLED' AND entity_id = ?",
                String.valueOf(s.planId())));
    }

    @Test
    void shouldNameEveryInvalidFieldOfAPlan() {
        Reply reply = http().post("/api/v1/plans", """
                {"name":"x","matterId":1,"year":2026,"areas":["999999"],"ratios":{"LOW":0.12345,"HIGH":2},
                 "teamSize":1,"startsOn":"2026-12-01","endsOn":"2026-11-01"}""", as(PLANNER));

        assertEquals(400, reply.status(), reply.body());
        List<String> codes = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("code")).sorted().toList();
        assertEquals(List.of("areas:AREA_UNKNOWN", "endsOn:PLAN_WINDOW_INVALID", "ratios.HIGH:PLAN_RATIO_RANGE",
                "ratios.LOW:PLAN_RATIO_SCALE", "teamSize:PLAN_TEAM_SIZE"), codes);
    }

    @Test
    void shouldRefuseWrongRolesAndMissingTokens() {
        assertEquals(401, http().post("/api/v1/plans", "{}", null).status());
        assertEquals(403, http().post("/api/v1/plans", "{}", Tokens.bearer("7", "officer")).status());
        assertEquals(403, http().get("/api/v1/targets", Tokens.bearer("hr-1", "hr")).status());
        assertEquals(200, http().get("/public/v1/plans", null).status());
    }

    // ---- draws as jobs of the shared queue ----

    private Reply drawAsync(long planId, String body) {
        Reply reply = http().post("/api/v1/plans/" + planId + "/draw", body, as(PLANNER),
                Map.of("Prefer", "respond-async"));
        if (reply.status() == 202) {
            assertEquals("/api/v1/draw-jobs/" + reply.json().getJsonNumber("id").longValue(),
                    URI.create(reply.header("Location")).getPath());
            assertEquals("respond-async", reply.header("Preference-Applied"));
        }
        return reply;
    }

    /** Polls the job until it has ended, as a client that got 202 does. */
    private JsonObject pollUntilEnded(long jobId) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Reply job = http().get("/api/v1/draw-jobs/" + jobId, as(PLANNER));
            assertEquals(200, job.status(), job.body());
            String state = job.json().getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return job.json();
            }
            assertTrue(System.nanoTime() < deadline, "the draw job did not end: " + job.body());
            Thread.sleep(100);
        }
    }

    @Test
    void shouldAnswer202WithTheJobWhenAskedToRespondAsyncAndDrawTheSameTeamsAsTheReplay() throws Exception {
        Scenario s = scenario("500116", "MARKET_REGULATION", 10, 6, 2, 10, RATIOS);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());

        Reply accepted = drawAsync(s.planId(), "{}");

        assertEquals(202, accepted.status(), accepted.body());
        assertEquals(s.planId(), accepted.json().getJsonNumber("planId").longValue());
        assertTrue(List.of("QUEUED", "RUNNING", "DONE").contains(accepted.json().getString("state")), accepted.body());
        long jobId = accepted.json().getJsonNumber("id").longValue();
        JsonObject done = pollUntilEnded(jobId);
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals("FINISHED", done.getString("phase"));
        assertEquals(1, done.getInt("attempts"));
        assertEquals("planner-test", done.getString("requestedBy"));
        assertTrue(!done.getString("instanceId").isBlank());
        assertTrue(done.getJsonNumber("endedAtMs").longValue() >= done.getJsonNumber("startedAtMs").longValue());
        assertEquals("/public/v1/plans/" + s.planId() + "/draw-record", done.getString("result"));
        assertEquals("DRAWN", planState(s.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw WHERE job_id = ?", jobId));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_DRAWN' AND entity_id = ? "
                + "AND actor_subject = 'planner-test' AND actor_role = 'planner'", String.valueOf(s.planId())),
                "the job's audit event names the planner who asked, not the system");

        JsonObject replay = http().post("/api/v1/plans/" + s.planId() + "/replay", null, as(PLANNER)).json();
        assertTrue(replay.getBoolean("identical"), "the job's draw replays to the same targets and teams: " + replay);
        assertEquals(409, drawAsync(s.planId(), "{}").status(), "drawn once");
    }

    @Test
    void shouldRefuseASecondDrawWhileOneIsRunningAndLetAnotherInstanceTakeOverADeadOne() throws Exception {
        Scenario s = scenario("500117", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        long now = TestClock.clock().millis();
        long jobId;
        // a draw job that an instance elsewhere took a moment ago
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO shr_job (kind, subject_key, live_key, payload, state, phase, requested_by,
                                          requested_roles, instance_id, attempts, created_at_ms, started_at_ms,
                                          heartbeat_at_ms)
                     VALUES ('planner.draw', ?, ?, ?, 'RUNNING', 'ASSIGNING_TEAMS', 'planner-2', 'planner',
                             'elsewhere', 1, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "plan:" + s.planId());
            insert.setString(2, "plan:" + s.planId());
            insert.setString(3, "{\"planId\":" + s.planId() + "}");
            insert.setLong(4, now);
            insert.setLong(5, now);
            insert.setLong(6, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertTrue(keys.next());
                jobId = keys.getLong(1);
            }
        }

        Reply second = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER));
        assertEquals(409, second.status(), second.body());
        assertEquals("urn:zhifa:problem:PLAN_DRAW_IN_PROGRESS", second.json().getString("type"));
        assertTrue(second.json().getString("detail").contains(String.valueOf(jobId)), second.body());
        JsonObject running = http().get("/api/v1/draw-jobs/" + jobId, as(PLANNER)).json();
        assertEquals("RUNNING", running.getString("state"));
        assertEquals("ASSIGNING_TEAMS", running.getString("phase"));
        assertEquals("elsewhere", running.getString("instanceId"));

        // that instance died: its heartbeat stops, the lease expires, this instance's worker takes the job
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement stale = c.prepareStatement("UPDATE shr_job SET heartbeat_at_ms = 0 WHERE id = ?")) {
            stale.setLong(1, jobId);
            assertEquals(1, stale.executeUpdate());
        }
        JsonObject done = pollUntilEnded(jobId);
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(2, done.getInt("attempts"));
        assertTrue(!done.getString("instanceId").equals("elsewhere"));
        assertEquals("DRAWN", planState(s.planId()));
        assertEquals(1, count("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'PLAN_DRAWN' AND entity_id = ? "
                + "AND actor_subject = 'planner-2'", String.valueOf(s.planId())), "run as the job's requester");
    }

    @Test
    void shouldFinishARerunJobWithTheDrawItsDeadFirstAttemptCommitted() throws Exception {
        Scenario s = scenario("500118", "MARKET_REGULATION", 8, 4, 2, 10, RATIOS);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        Reply first = http().post("/api/v1/plans/" + s.planId() + "/draw", "{}", as(PLANNER));
        assertEquals(201, first.status(), first.body());
        long jobId = count("SELECT job_id FROM insp_draw WHERE plan_id = ?", s.planId());
        // the instance committed the draw and died before it could mark its job done
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement undo = c.prepareStatement("UPDATE shr_job SET state = 'RUNNING', phase = 'STORING', "
                     + "live_key = subject_key, instance_id = 'crashed', heartbeat_at_ms = 0, result = NULL, "
                     + "ended_at_ms = NULL WHERE id = ?")) {
            undo.setLong(1, jobId);
            assertEquals(1, undo.executeUpdate());
        }

        JsonObject done = pollUntilEnded(jobId);

        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(2, done.getInt("attempts"));
        String result = stringOf("SELECT result FROM shr_job WHERE id = ?", jobId);
        assertEquals(first.json(), Json.createReader(new StringReader(result)).readObject(),
                "the second attempt answers the draw the first one stored");
        assertEquals(1, count("SELECT COUNT(*) FROM insp_draw WHERE plan_id = ?", s.planId()));
    }

    @Test
    void shouldShowARefusedDrawJobWithItsDiagnosis() throws Exception {
        Scenario s = scenario("500119", "HEALTH", 8, 2, 2, 10, RATIOS);
        declareConflictBeforeTheSeal(s);
        assertEquals(200, http().post("/api/v1/plans/" + s.planId() + "/seal", null, as(PLANNER)).status());
        Reply accepted = drawAsync(s.planId(), "{}");
        assertEquals(202, accepted.status(), accepted.body());

        JsonObject refused = pollUntilEnded(accepted.json().getJsonNumber("id").longValue());

        assertEquals("REFUSED", refused.getString("state"), refused.toString());
        JsonObject problem = refused.getJsonObject("problem");
        assertEquals(422, problem.getInt("status"));
        assertEquals("TEAM_SHORTAGE", problem.getJsonArray("errors").getJsonObject(0).getString("code"));
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").contains("可用检查人员"),
                problem.toString());
        assertEquals("CANCELLED", planState(s.planId()), "a refused draw spends the seal");
    }

    @Test
    void shouldAnswer404ProblemsForUnknownDrawJobsAndKeepThemForPlanners() {
        Reply unknown = http().get("/api/v1/draw-jobs/987654321", as(PLANNER));
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals("urn:zhifa:problem:NOT_FOUND", unknown.json().getString("type"));
        assertEquals(404, http().get("/api/v1/draw-jobs/not-a-number", as(PLANNER)).status());
        assertEquals(403, http().get("/api/v1/draw-jobs/1", Tokens.bearer("j-1", "judicial")).status());
        assertEquals(403, http().get("/api/v1/draw-jobs/1", Tokens.bearer("7", "officer")).status());
        assertEquals(401, http().get("/api/v1/draw-jobs/1", null).status());
    }

    @Test
    void shouldCountTheResultDeadlineWithTheSeededWorkingCalendar() {
        JsonObject in2026 = http().get("/api/v1/inspections/overdue?asOf=2026-10-28", as(PLANNER)).json();
        assertEquals(20, in2026.getInt("workingDays"));
        assertEquals(0, in2026.getJsonArray("calendarYearsMissing").size(), "2026 is in insp_calendar_day");
        JsonObject in2031 = http().get("/api/v1/inspections/overdue?asOf=2031-03-03", as(PLANNER)).json();
        assertEquals("2031", in2031.getJsonArray("calendarYearsMissing").get(0).toString());
    }

    static String stringOf(String sql, Object param) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, param);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static String planState(long planId) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT state FROM insp_plan WHERE id = ?")) {
            q.setLong(1, planId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    static int update(String sql, Object param) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement u = c.prepareStatement(sql)) {
            u.setObject(1, param);
            return u.executeUpdate();
        }
    }

    static long count(String sql, Object param) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, param);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
