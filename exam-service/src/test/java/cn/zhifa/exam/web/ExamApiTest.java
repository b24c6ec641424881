package cn.zhifa.exam.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.exam.domain.Blueprint;
import cn.zhifa.exam.domain.Difficulty;
import cn.zhifa.exam.domain.DrawnQuestion;
import cn.zhifa.exam.domain.PaperDraw;
import cn.zhifa.exam.domain.PoolQuestion;
import cn.zhifa.exam.domain.QuestionType;
import cn.zhifa.exam.testing.ExamClient;
import cn.zhifa.exam.testing.ExamFixture;
import cn.zhifa.exam.testing.RecordingExamRecords;
import cn.zhifa.platform.contract.PassedExam;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exam from scheduling to results: the commitment shown at scheduling, a paper without answers, resuming, scoring
 * on the server, the exam record of a pass, results, item analysis, and every paper recomputed from the revealed seed.
 */
@HelidonTest
@DatabaseTest
class ExamApiTest {
    private static final String AGENCY = "500115002";
    private static final String BLUEPRINT = "[{\"difficulty\":\"EASY\",\"count\":3},{\"difficulty\":\"HARD\",\"count\":2}]";

    @Inject
    WebTarget target;

    @Test
    void shouldRunAnExamFromSchedulingToRecomputedPapers() throws Exception {
        ExamClient client = new ExamClient(target);
        client.bank("FLOW", "AGRICULTURE", 6);
        JsonObject exam = client.schedule("PROFESSIONAL_LAW", "AGRICULTURE", BLUEPRINT);
        long examId = exam.getJsonNumber("id").longValue();
        assertEquals("SCHEDULED", exam.getString("state"));
        assertTrue(exam.getString("commitment").matches("[0-9a-f]{64}"));
        assertFalse(exam.containsKey("seed"), "the seed stays secret until the window closes");

        long good = ExamFixture.officer("考生甲", AGENCY, false);
        long poor = ExamFixture.officer("考生乙", AGENCY, true);
        long third = ExamFixture.officer("考生丙", AGENCY, false);
        JsonObject registered = client.register(examId, Tokens.bearer("hr-1", Roles.HR), good, poor, third)
                .readEntity(JsonObject.class);
        assertEquals(3, registered.getInt("registered"));
        assertTrue(registered.getJsonArray("exempt").isEmpty(), "法律职业资格 does not exempt from the professional exam");
        assertEquals(1, client.register(examId, ExamClient.JUDICIAL, good).readEntity(JsonObject.class)
                .getInt("alreadyRegistered"));

        Response early = client.start(examId, good, "pc-1");
        assertEquals(409, early.getStatus());
        assertEquals("EXAM_NOT_OPEN", ExamClient.problem(early));
        ExamFixture.openNow(examId);

        JsonObject sitting = client.started(examId, good, "pc-1");
        long sittingId = sitting.getJsonNumber("id").longValue();
        assertEquals(5, sitting.getJsonArray("questions").size());
        String paperText = sitting.toString();
        assertFalse(paperText.contains("\"answer\"") || paperText.contains("correct"), "no answer before submission: " + paperText);
        assertTrue(sitting.getJsonNumber("secondsLeft").longValue() > 59 * 60);
        assertEquals(sittingId, client.started(examId, good, "pc-1").getJsonNumber("id").longValue(), "one sitting");

        // four right, one wrong: 80
        List<JsonObject> questions = sitting.getJsonArray("questions").getValuesAs(JsonValue::asJsonObject);
        for (int i = 0; i < questions.size(); i++) {
            JsonObject q = questions.get(i);
            List<String> keys = i == 0 ? ExamClient.wrongKeys(sittingId, q) : ExamClient.rightKeys(sittingId, q);
            Response saved = client.answer(sittingId, q.getJsonNumber("id").longValue(), good, "pc-1",
                    keys.toArray(String[]::new));
            assertEquals(200, saved.getStatus(), saved.readEntity(String.class));
        }
        JsonObject resumed = client.sitting(sittingId, good).readEntity(JsonObject.class);
        assertEquals(ExamClient.rightKeys(sittingId, questions.get(1)), resumed.getJsonArray("questions").getJsonObject(1)
                .getJsonArray("choice").getValuesAs(jakarta.json.JsonString::getString));
        assertFalse(resumed.getBoolean("submitted"));

        JsonObject result = client.submit(sittingId, good).readEntity(JsonObject.class);
        assertEquals(0, new BigDecimal("80").compareTo(result.getJsonNumber("score").bigDecimalValue()));
        assertEquals(0, new BigDecimal("60").compareTo(result.getJsonNumber("passMark").bigDecimalValue()));
        assertTrue(result.getBoolean("passed"));
        assertEquals("CANDIDATE", result.getString("submittedHow"));
        List<PassedExam> records = RecordingExamRecords.of(good);
        assertEquals(1, records.size());
        assertEquals("PROFESSIONAL_LAW", records.get(0).kind());
        assertEquals(0, new BigDecimal("80").compareTo(records.get(0).score()));
        assertEquals(TestClock.today(), records.get(0).takenOn());
        assertEquals(result, client.submit(sittingId, good).readEntity(JsonObject.class), "submitting again changes nothing");
        Response late = client.answer(sittingId, questions.get(0).getJsonNumber("id").longValue(), good, "pc-1", "A");
        assertEquals(409, late.getStatus());
        assertEquals("SITTING_SUBMITTED", ExamClient.problem(late));
        assertEquals(1, ExamFixture.auditEvents("EXAM_SITTING_SUBMITTED", String.valueOf(sittingId)));
        assertEquals(5, ExamFixture.auditEvents("EXAM_ANSWER_SAVED", String.valueOf(sittingId)));

        // the second candidate answers nothing right: 0, not passed, no record
        long poorSitting = client.started(examId, poor, null).getJsonNumber("id").longValue();
        JsonObject failed = client.submit(poorSitting, poor).readEntity(JsonObject.class);
        assertFalse(failed.getBoolean("passed"));
        assertTrue(RecordingExamRecords.of(poor).isEmpty());

        JsonObject results = target.path("/api/v1/exams/" + examId + "/results").request()
                .header("Authorization", ExamClient.JUDICIAL).get(JsonObject.class);
        assertEquals(3, results.getInt("candidates"));
        assertEquals(2, results.getInt("submitted"));
        assertEquals(1, results.getInt("passed"));
        assertEquals(1, results.getJsonArray("histogram").getInt(0));
        assertEquals(1, results.getJsonArray("histogram").getInt(8));
        Response csv = target.path("/api/v1/exams/" + examId + "/results").request("text/csv")
                .header("Authorization", ExamClient.JUDICIAL).get();
        assertEquals(200, csv.getStatus());
        String table = csv.readEntity(String.class);
        assertTrue(table.contains("考生甲") && table.contains("80.00") && table.contains("合格") && table.contains("NOT_STARTED"),
                table);

        List<JsonObject> analysis = target.path("/api/v1/exams/" + examId + "/item-analysis").request()
                .header("Authorization", ExamClient.JUDICIAL).get(jakarta.json.JsonArray.class)
                .getValuesAs(JsonValue::asJsonObject);
        assertFalse(analysis.isEmpty());
        assertTrue(analysis.stream().allMatch(a -> a.getInt("responses") >= 1 && a.containsKey("optionCounts")));

        JsonObject before = target.path("/public/v1/exams/" + examId).request().get(JsonObject.class);
        assertEquals(exam.getString("commitment"), before.getString("commitment"));
        assertFalse(before.containsKey("seed") || before.containsKey("pool"), "nothing to recompute with before the end");

        // after the window: the seed and the pool are public, and every paper follows from them
        ExamFixture.close(examId);
        JsonObject published = target.path("/public/v1/exams/" + examId).request().get(JsonObject.class);
        assertFalse(published.toString().contains("考生"), "no candidate named");
        String seed = published.getString("seed");
        assertEquals(exam.getString("commitment"), PaperDraw.commitment(seed), "the seed is the one committed to");
        List<JsonObject> pool = published.getJsonArray("pool").getValuesAs(JsonValue::asJsonObject);
        assertEquals(exam.getString("poolHash"), sha256hex(String.join("\n", pool.stream()
                .map(q -> q.getString("code") + ":" + q.getString("contentHash")).sorted().toList())));
        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Cell(Difficulty.EASY, 3), new Blueprint.Cell(Difficulty.HARD, 2)));
        List<DrawnQuestion> recomputed = PaperDraw.draw(seed, examId, good, blueprint, pool.stream()
                .map(q -> new PoolQuestion(q.getJsonNumber("id").longValue(), q.getString("code"),
                        Difficulty.valueOf(q.getString("difficulty")), QuestionType.valueOf(q.getString("type")),
                        q.getInt("optionCount"))).toList());
        List<String> served = new ArrayList<>();
        for (JsonObject q : questions) {
            long id = q.getJsonNumber("id").longValue();
            served.add(id + ":" + ExamFixture.optionOrder(sittingId, id));
        }
        assertEquals(recomputed.stream().map(d -> d.questionId() + ":" + d.optionOrderText()).toList(), served);
        Response closedStart = client.start(examId, third, null);
        assertEquals(409, closedStart.getStatus());
        assertEquals("EXAM_CLOSED", ExamClient.problem(closedStart));
    }

    private static String sha256hex(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void shouldExemptTheLegalQualificationFromTheComprehensiveExam() {
        ExamClient client = new ExamClient(target);
        client.bank("EXEMPT", "COMPREHENSIVE_LAW", 3);
        long examId = client.schedule("COMPREHENSIVE_LAW", null, "[{\"difficulty\":\"MEDIUM\",\"count\":2}]")
                .getJsonNumber("id").longValue();
        long lawyer = ExamFixture.officer("法律职业资格持有人", AGENCY, true);
        long other = ExamFixture.officer("普通考生", AGENCY, false);
        JsonObject registered = client.register(examId, ExamClient.JUDICIAL, lawyer, other).readEntity(JsonObject.class);
        assertEquals(List.of(lawyer), registered.getJsonArray("exempt").getValuesAs(v -> ((jakarta.json.JsonNumber) v).longValue()));
        ExamFixture.openNow(examId);
        Response exempt = client.start(examId, lawyer, null);
        assertEquals(422, exempt.getStatus());
        assertEquals("CANDIDATE_EXEMPT", exempt.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0)
                .getString("code"));
        assertEquals(200, client.start(examId, other, null).getStatus());
        JsonObject mine = target.path("/api/v1/exams/registrations").request().header("Authorization", ExamClient.officer(lawyer))
                .get(jakarta.json.JsonArray.class).getJsonObject(0);
        assertTrue(mine.getJsonObject("candidate").getBoolean("exempt"));
    }

    @Test
    void shouldRefuseABadScheduleAndANonCandidate() {
        ExamClient client = new ExamClient(target);
        String past = ExamClient.examJson("COMPREHENSIVE_LAW", null, "[{\"difficulty\":\"EASY\",\"count\":1}]")
                .replaceFirst("\"opensAt\":\"[^\"]+\"", "\"opensAt\":\"2020-01-01T09:00:00+08:00\"");
        Response inPast = client.scheduleRaw(past);
        assertEquals(400, inPast.getStatus());
        assertTrue(inPast.readEntity(String.class).contains("EXAM_OPENS_IN_PAST"));
        Response tooSmall = client.scheduleRaw(ExamClient.examJson("PROFESSIONAL_LAW", "HEALTH",
                "[{\"difficulty\":\"HARD\",\"count\":150}]"));
        assertEquals(422, tooSmall.getStatus());
        assertTrue(tooSmall.readEntity(String.class).contains("EXAM_POOL_TOO_SMALL"));
        Response lowMark = client.scheduleRaw(ExamClient.examJson("COMPREHENSIVE_LAW", null,
                "[{\"difficulty\":\"EASY\",\"count\":1}]").replace("\"passMark\":60", "\"passMark\":50"));
        assertEquals(422, lowMark.getStatus());
        assertTrue(lowMark.readEntity(String.class).contains("EXAM_PASS_MARK_BELOW_CREDENTIAL"));
        Response noCategory = client.scheduleRaw(ExamClient.examJson("PROFESSIONAL_LAW", null,
                "[{\"difficulty\":\"EASY\",\"count\":1},{\"difficulty\":\"EASY\",\"count\":2}]"));
        assertEquals(400, noCategory.getStatus());
        String problems = noCategory.readEntity(String.class);
        assertTrue(problems.contains("\"category\"") && problems.contains("EXAM_BLUEPRINT_REPEATED"), problems);
        assertEquals(403, target.path("/api/v1/exams").request().header("Authorization", Tokens.bearer("hr", Roles.HR))
                .post(jakarta.ws.rs.client.Entity.json(ExamClient.examJson("COMPREHENSIVE_LAW", null, "[]"))).getStatus());

        client.bank("NONCAND", "URBAN_MANAGEMENT", 2);
        long examId = client.schedule("PROFESSIONAL_LAW", "URBAN_MANAGEMENT", "[{\"difficulty\":\"EASY\",\"count\":1}]")
                .getJsonNumber("id").longValue();
        ExamFixture.openNow(examId);
        long stranger = ExamFixture.officer("未报名者", AGENCY, false);
        assertEquals(403, client.start(examId, stranger, null).getStatus());
        Response unknown = client.register(examId, ExamClient.JUDICIAL, 9_000_000_000L);
        assertEquals(422, unknown.getStatus());
        assertTrue(unknown.readEntity(String.class).contains("OFFICER_UNKNOWN"));
    }
}
