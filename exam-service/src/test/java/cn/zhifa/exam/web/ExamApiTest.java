package cn.zhifa.exam.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.exam.domain.Blueprint;
import cn.zhifa.exam.domain.Difficulty;
import cn.zhifa.exam.domain.DrawnQuestion;
import cn.zhifa.exam.domain.PaperDraw;
import cn.zhifa.exam.domain.PoolQuestion;
import cn.zhifa.exam.domain.QuestionType;
import cn.zhifa.exam.testing.ExamSteps;
import cn.zhifa.exam.testing.ExamTables;
import cn.zhifa.exam.testing.RecordingExamRecords;
import cn.zhifa.platform.contract.PassedExam;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
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
        ApiClient api = ApiClient.of(target);
        ExamSteps exams = new ExamSteps(api);
        exams.bank("FLOW", "AGRICULTURE", 6);
        JsonObject exam = exams.schedule("PROFESSIONAL_LAW", "AGRICULTURE", BLUEPRINT);
        long examId = exam.getJsonNumber("id").longValue();
        assertEquals("SCHEDULED", exam.getString("state"));
        assertTrue(exam.getString("commitment").matches("[0-9a-f]{64}"));
        assertFalse(exam.containsKey("seed"), "the seed stays secret until the window closes");

        long good = CredentialTables.officer("考生甲", AGENCY, false);
        long poor = CredentialTables.officer("考生乙", AGENCY, true);
        long third = CredentialTables.officer("考生丙", AGENCY, false);
        JsonObject registered = exams.register(examId, as(Roles.HR), good, poor, third).expect(200).json();
        assertEquals(3, registered.getInt("registered"));
        assertTrue(registered.getJsonArray("exempt").isEmpty(), "法律职业资格 does not exempt from the professional exam");
        assertEquals(1, exams.register(examId, as(Roles.JUDICIAL), good).expect(200).json()
                .getInt("alreadyRegistered"));

        Reply early = exams.start(examId, good, "pc-1");
        assertEquals(409, early.status());
        assertEquals("urn:zhifa:problem:EXAM_NOT_OPEN", early.json().getString("type"));
        ExamTables.openNow(examId);

        JsonObject sitting = exams.started(examId, good, "pc-1");
        long sittingId = sitting.getJsonNumber("id").longValue();
        assertEquals(5, sitting.getJsonArray("questions").size());
        String paperText = sitting.toString();
        assertFalse(paperText.contains("\"answer\"") || paperText.contains("correct"), "no answer before submission: " + paperText);
        assertTrue(sitting.getJsonNumber("secondsLeft").longValue() > 59 * 60);
        assertEquals(sittingId, exams.started(examId, good, "pc-1").getJsonNumber("id").longValue(), "one sitting");

        // four right, one wrong: 80
        List<JsonObject> questions = sitting.getJsonArray("questions").getValuesAs(JsonValue::asJsonObject);
        for (int i = 0; i < questions.size(); i++) {
            JsonObject q = questions.get(i);
            List<String> keys = i == 0 ? ExamSteps.wrongKeys(sittingId, q) : ExamSteps.rightKeys(sittingId, q);
            exams.answer(sittingId, q.getJsonNumber("id").longValue(), good, "pc-1", keys.toArray(String[]::new))
                    .expect(200);
        }
        JsonObject resumed = exams.sitting(sittingId, good).expect(200).json();
        assertEquals(ExamSteps.rightKeys(sittingId, questions.get(1)), resumed.getJsonArray("questions").getJsonObject(1)
                .getJsonArray("choice").getValuesAs(JsonString::getString));
        assertFalse(resumed.getBoolean("submitted"));

        JsonObject result = exams.submit(sittingId, good).expect(200).json();
        assertEquals(0, new BigDecimal("80").compareTo(result.getJsonNumber("score").bigDecimalValue()));
        assertEquals(0, new BigDecimal("60").compareTo(result.getJsonNumber("passMark").bigDecimalValue()));
        assertTrue(result.getBoolean("passed"));
        assertEquals("CANDIDATE", result.getString("submittedHow"));
        List<PassedExam> records = RecordingExamRecords.of(good);
        assertEquals(1, records.size());
        assertEquals("PROFESSIONAL_LAW", records.get(0).kind());
        assertEquals(0, new BigDecimal("80").compareTo(records.get(0).score()));
        assertEquals(TestClock.today(), records.get(0).takenOn());
        assertEquals(result, exams.submit(sittingId, good).expect(200).json(), "submitting again changes nothing");
        Reply late = exams.answer(sittingId, questions.get(0).getJsonNumber("id").longValue(), good, "pc-1", "A");
        assertEquals(409, late.status());
        assertEquals("urn:zhifa:problem:SITTING_SUBMITTED", late.json().getString("type"));
        assertEquals(1, ExamTables.auditEvents("EXAM_SITTING_SUBMITTED", String.valueOf(sittingId)));
        assertEquals(5, ExamTables.sittingEvents("EXAM_ANSWER_SAVED", sittingId), "in the sitting's own chain");
        assertEquals(0, ExamTables.auditEvents("EXAM_ANSWER_SAVED", String.valueOf(sittingId)), "not the audit chain's");

        // the second candidate answers nothing right: 0, not passed, no record
        long poorSitting = exams.started(examId, poor, null).getJsonNumber("id").longValue();
        JsonObject failed = exams.submit(poorSitting, poor).expect(200).json();
        assertFalse(failed.getBoolean("passed"));
        assertTrue(RecordingExamRecords.of(poor).isEmpty());

        JsonObject results = api.get("/api/v1/exams/" + examId + "/results", as(Roles.JUDICIAL)).expect(200).json();
        assertEquals(3, results.getInt("candidates"));
        assertEquals(2, results.getInt("submitted"));
        assertEquals(1, results.getInt("passed"));
        assertEquals(1, results.getJsonArray("histogram").getInt(0));
        assertEquals(1, results.getJsonArray("histogram").getInt(8));
        String table = api.send("GET", "/api/v1/exams/" + examId + "/results", as(Roles.JUDICIAL), null, null,
                Map.of("Accept", "text/csv")).expect(200).body();
        assertTrue(table.contains("考生甲") && table.contains("80.00") && table.contains("合格") && table.contains("NOT_STARTED"),
                table);

        List<JsonObject> analysis = api.get("/api/v1/exams/" + examId + "/item-analysis", as(Roles.JUDICIAL))
                .expect(200).array().getValuesAs(JsonValue::asJsonObject);
        assertFalse(analysis.isEmpty());
        assertTrue(analysis.stream().allMatch(a -> a.getInt("responses") >= 1 && a.containsKey("optionCounts")));

        JsonObject before = api.get("/public/v1/exams/" + examId, ApiClient.NOBODY).expect(200).json();
        assertEquals(exam.getString("commitment"), before.getString("commitment"));
        assertFalse(before.containsKey("seed") || before.containsKey("pool"), "nothing to recompute with before the end");

        // after the window: the seed and the pool are public, and every paper follows from them
        ExamTables.close(examId);
        JsonObject published = api.get("/public/v1/exams/" + examId, ApiClient.NOBODY).expect(200).json();
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
            served.add(id + ":" + ExamTables.optionOrder(sittingId, id));
        }
        assertEquals(recomputed.stream().map(d -> d.questionId() + ":" + d.optionOrderText()).toList(), served);
        Reply closedStart = exams.start(examId, third, null);
        assertEquals(409, closedStart.status());
        assertEquals("urn:zhifa:problem:EXAM_CLOSED", closedStart.json().getString("type"));
    }

    private static String sha256hex(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void shouldExemptTheLegalQualificationFromTheComprehensiveExam() {
        ApiClient api = ApiClient.of(target);
        ExamSteps exams = new ExamSteps(api);
        exams.bank("EXEMPT", "COMPREHENSIVE_LAW", 3);
        long examId = exams.schedule("COMPREHENSIVE_LAW", null, "[{\"difficulty\":\"MEDIUM\",\"count\":2}]")
                .getJsonNumber("id").longValue();
        long lawyer = CredentialTables.officer("法律职业资格持有人", AGENCY, true);
        long other = CredentialTables.officer("普通考生", AGENCY, false);
        JsonObject registered = exams.register(examId, as(Roles.JUDICIAL), lawyer, other).expect(200).json();
        assertEquals(List.of(lawyer), registered.getJsonArray("exempt").getValuesAs(v -> ((JsonNumber) v).longValue()));
        ExamTables.openNow(examId);
        Reply exempt = exams.start(examId, lawyer, null);
        assertEquals(422, exempt.status());
        assertEquals("CANDIDATE_EXEMPT", exempt.codes().getFirst());
        assertEquals(200, exams.start(examId, other, null).status());
        JsonObject mine = api.get("/api/v1/exams/registrations", officer(lawyer)).expect(200).array().getJsonObject(0);
        assertTrue(mine.getJsonObject("candidate").getBoolean("exempt"));
    }

    @Test
    void shouldRefuseABadScheduleAndANonCandidate() {
        ApiClient api = ApiClient.of(target);
        ExamSteps exams = new ExamSteps(api);
        String past = ExamSteps.examJson("COMPREHENSIVE_LAW", null, "[{\"difficulty\":\"EASY\",\"count\":1}]")
                .replaceFirst("\"opensAt\":\"[^\"]+\"", "\"opensAt\":\"2020-01-01T09:00:00+08:00\"");
        Reply inPast = exams.scheduleRaw(past);
        assertEquals(400, inPast.status());
        assertTrue(inPast.body().contains("EXAM_OPENS_IN_PAST"));
        Reply tooSmall = exams.scheduleRaw(ExamSteps.examJson("PROFESSIONAL_LAW", "HEALTH",
                "[{\"difficulty\":\"HARD\",\"count\":150}]"));
        assertEquals(422, tooSmall.status());
        assertTrue(tooSmall.body().contains("EXAM_POOL_TOO_SMALL"));
        Reply lowMark = exams.scheduleRaw(ExamSteps.examJson("COMPREHENSIVE_LAW", null,
                "[{\"difficulty\":\"EASY\",\"count\":1}]").replace("\"passMark\":60", "\"passMark\":50"));
        assertEquals(422, lowMark.status());
        assertTrue(lowMark.body().contains("EXAM_PASS_MARK_BELOW_CREDENTIAL"));
        Reply noCategory = exams.scheduleRaw(ExamSteps.examJson("PROFESSIONAL_LAW", null,
                "[{\"difficulty\":\"EASY\",\"count\":1},{\"difficulty\":\"EASY\",\"count\":2}]"));
        assertEquals(400, noCategory.status());
        String problems = noCategory.body();
        assertTrue(problems.contains("\"category\"") && problems.contains("EXAM_BLUEPRINT_REPEATED"), problems);
        assertEquals(403, api.post("/api/v1/exams", ExamSteps.examJson("COMPREHENSIVE_LAW", null, "[]"), as(Roles.HR))
                .status());

        exams.bank("NONCAND", "URBAN_MANAGEMENT", 2);
        long examId = exams.schedule("PROFESSIONAL_LAW", "URBAN_MANAGEMENT", "[{\"difficulty\":\"EASY\",\"count\":1}]")
                .getJsonNumber("id").longValue();
        ExamTables.openNow(examId);
        long stranger = CredentialTables.officer("未报名者", AGENCY, false);
        assertEquals(403, exams.start(examId, stranger, null).status());
        Reply unknown = exams.register(examId, as(Roles.JUDICIAL), 9_000_000_000L);
        assertEquals(422, unknown.status());
        assertTrue(unknown.body().contains("OFFICER_UNKNOWN"));
    }
}
