package cn.zhifa.exam.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.exam.service.ExamTimeoutJob;
import cn.zhifa.exam.testing.ExamSteps;
import cn.zhifa.exam.testing.ExamTables;
import cn.zhifa.exam.testing.RecordingExamRecords;
import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobQueue;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sitting's rules: one per candidate, the take-over by a second device, the time limit and the timeout job. */
@HelidonTest
@DatabaseTest
class SittingApiTest {
    private static final String AGENCY = "500115002";

    @Inject
    WebTarget target;

    @Inject
    ExamTimeoutJob timeoutJob;

    @Inject
    JobQueue jobs;

    private long openExam(ExamSteps exams, String prefix, String category, long... officers) {
        exams.bank(prefix, category, 3);
        long examId = exams.schedule("PROFESSIONAL_LAW", category,
                "[{\"difficulty\":\"EASY\",\"count\":2},{\"difficulty\":\"MEDIUM\",\"count\":2}]").getJsonNumber("id").longValue();
        assertEquals(200, exams.register(examId, as(Roles.JUDICIAL), officers).status());
        ExamTables.openNow(examId);
        return examId;
    }

    @Test
    void shouldLetASecondDeviceTakeOverAndRefuseTheFirst() {
        ExamSteps exams = new ExamSteps(ApiClient.of(target));
        long officer = CredentialTables.officer("换设备考生", AGENCY, false);
        long examId = openExam(exams, "TAKE", "NATURAL_RESOURCES", officer);
        JsonObject onPc = exams.started(examId, officer, "pc-1");
        long sittingId = onPc.getJsonNumber("id").longValue();
        JsonObject first = onPc.getJsonArray("questions").getJsonObject(0);
        long q1 = first.getJsonNumber("id").longValue();
        List<String> choice = ExamSteps.rightKeys(sittingId, first);
        assertEquals(200, exams.answer(sittingId, q1, officer, "pc-1", choice.toArray(String[]::new)).status());

        JsonObject onPhone = exams.started(examId, officer, "phone-1");
        assertEquals(sittingId, onPhone.getJsonNumber("id").longValue());
        assertEquals(1, onPhone.getInt("deviceSwitches"));
        assertEquals(onPc.getString("endsAt"), onPhone.getString("endsAt"), "the same clock");
        assertEquals(choice, onPhone.getJsonArray("questions").getJsonObject(0).getJsonArray("choice")
                .getValuesAs(JsonString::getString), "the same answers");
        assertEquals(1, ExamTables.auditEvents("EXAM_SITTING_TAKEN_OVER", String.valueOf(sittingId)));

        Reply fromPc = exams.answer(sittingId, q1, officer, "pc-1", "A");
        assertEquals(409, fromPc.status());
        assertEquals("urn:zhifa:problem:SITTING_TAKEN_OVER", fromPc.json().getString("type"));
        assertEquals(200, exams.answer(sittingId, q1, officer, "phone-1").status(), "an empty choice clears");
        assertEquals(1, exams.started(examId, officer, "phone-1").getInt("deviceSwitches"), "a reload is no switch");

        long other = CredentialTables.officer("旁人", AGENCY, false);
        assertEquals(403, exams.sitting(sittingId, other).status(), "another officer's sitting");
        assertEquals(403, exams.answer(sittingId, q1, other, null, "A").status());
        assertEquals(403, exams.submit(sittingId, other).status());
        assertEquals(404, exams.sitting(9_000_000_000L, other).status());
        assertEquals(403, ApiClient.of(target).get("/api/v1/sittings/" + sittingId, as(Roles.JUDICIAL)).status());
    }

    @Test
    void shouldRefuseChoicesThatAreNoOptionOrTooMany() {
        ExamSteps exams = new ExamSteps(ApiClient.of(target));
        long officer = CredentialTables.officer("选项考生", AGENCY, false);
        long examId = openExam(exams, "CHOICE", "ECOLOGY_ENVIRONMENT", officer);
        JsonObject sitting = exams.started(examId, officer, null);
        long sittingId = sitting.getJsonNumber("id").longValue();
        for (JsonValue v : sitting.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            long id = q.getJsonNumber("id").longValue();
            Reply noSuchKey = exams.answer(sittingId, id, officer, null, "E");
            assertEquals(400, noSuchKey.status());
            assertTrue(noSuchKey.body().contains("CHOICE_NOT_AN_OPTION"));
            Reply two = exams.answer(sittingId, id, officer, null, "A", "B");
            assertEquals(q.getString("type").equals("MULTIPLE") ? 200 : 400, two.status(), q.toString());
        }
        assertEquals(404, exams.answer(sittingId, 9_000_000_000L, officer, null, "A").status());
    }

    @Test
    void shouldRefuseAnswersAfterTheTimeAndScoreTheSittingAsItStood() {
        ExamSteps exams = new ExamSteps(ApiClient.of(target));
        long officer = CredentialTables.officer("超时考生", AGENCY, false);
        long examId = openExam(exams, "LATE", "CULTURE_TOURISM", officer);
        JsonObject sitting = exams.started(examId, officer, null);
        long sittingId = sitting.getJsonNumber("id").longValue();
        JsonObject first = sitting.getJsonArray("questions").getJsonObject(0);
        exams.answer(sittingId, first.getJsonNumber("id").longValue(), officer, null,
                ExamSteps.rightKeys(sittingId, first).toArray(String[]::new));
        ExamTables.timeUp(sittingId);

        Reply late = exams.answer(sittingId, first.getJsonNumber("id").longValue(), officer, null, "A");
        assertEquals(409, late.status());
        assertEquals("urn:zhifa:problem:SITTING_TIME_OVER", late.json().getString("type"));
        assertEquals(0, exams.sitting(sittingId, officer).expect(200).json().getInt("secondsLeft"));
        JsonObject result = exams.submit(sittingId, officer).expect(200).json();
        assertEquals("TIMEOUT", result.getString("submittedHow"));
        assertEquals(0, new BigDecimal("25").compareTo(result.getJsonNumber("score").bigDecimalValue()), result.toString());
        assertFalse(result.getBoolean("passed"));
    }

    @Test
    void shouldSubmitOverdueSittingsByTheJobWhenNoRequestComes() {
        ExamSteps exams = new ExamSteps(ApiClient.of(target));
        long quiet = CredentialTables.officer("关了浏览器的考生", AGENCY, false);
        long running = CredentialTables.officer("仍在作答的考生", AGENCY, false);
        long examId = openExam(exams, "JOB", "COMPREHENSIVE", quiet, running);
        JsonObject sitting = exams.started(examId, quiet, null);
        long sittingId = sitting.getJsonNumber("id").longValue();
        for (JsonValue v : sitting.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            exams.answer(sittingId, q.getJsonNumber("id").longValue(), quiet, null,
                    ExamSteps.rightKeys(sittingId, q).toArray(String[]::new));
        }
        long halfway = CredentialTables.officer("答了一题的考生", AGENCY, false);
        exams.register(examId, as(Roles.JUDICIAL), halfway).expect(200);
        JsonObject halfSitting = exams.started(examId, halfway, null);
        long halfSittingId = halfSitting.getJsonNumber("id").longValue();
        JsonObject firstQuestion = halfSitting.getJsonArray("questions").getJsonObject(0);
        exams.answer(halfSittingId, firstQuestion.getJsonNumber("id").longValue(), halfway, null,
                ExamSteps.rightKeys(halfSittingId, firstQuestion).toArray(String[]::new)).expect(200);
        long runningSitting = exams.started(examId, running, null).getJsonNumber("id").longValue();
        ExamTables.timeUp(sittingId);
        ExamTables.timeUp(halfSittingId);

        assertTrue(timeoutJob.queueIfOverdue());
        Job job = jobs.await(jobs.find(latestTimeoutJob()).orElseThrow().id(), Duration.ofSeconds(30));
        assertEquals(Job.DONE, job.state(), job.toString());
        JsonObject submitted = exams.sitting(sittingId, quiet).expect(200).json();
        assertTrue(submitted.getBoolean("submitted"));
        assertEquals("TIMEOUT", submitted.getJsonObject("result").getString("submittedHow"));
        assertEquals(0, new BigDecimal("100").compareTo(submitted.getJsonObject("result").getJsonNumber("score")
                .bigDecimalValue()));
        assertEquals(1, RecordingExamRecords.of(quiet).size(), "a pass found by the job is recorded too");
        assertFalse(exams.sitting(runningSitting, running).expect(200).json().getBoolean("submitted"),
                "a sitting with time left is left alone");
        assertEquals(1, ExamTables.auditEvents("EXAM_SITTING_SUBMITTED", String.valueOf(sittingId)));
        JsonObject half = exams.sitting(halfSittingId, halfway).expect(200).json().getJsonObject("result");
        assertEquals(0, new BigDecimal("25").compareTo(half.getJsonNumber("score").bigDecimalValue()), half.toString());
        assertEquals(1, ExamTables.auditEvents("EXAM_SITTING_SUBMITTED", String.valueOf(halfSittingId)));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM exm_sitting_question WHERE sitting_id = ? AND correct = ?",
                halfSittingId, true), "the marks of the paper");
        JsonObject verified = verify();
        assertTrue(verified.getBoolean("valid"), "both submissions anchor their sittings' chains: " + verified);
    }

    @Test
    void shouldDetectAnAlteredSavedAnswerInTheSittingsOwnChain() {
        ExamSteps exams = new ExamSteps(ApiClient.of(target));
        long officer = CredentialTables.officer("链上考生", AGENCY, false);
        long examId = openExam(exams, "CHAIN", "MARKET_REGULATION", officer);
        JsonObject sitting = exams.started(examId, officer, "pc-1");
        long sittingId = sitting.getJsonNumber("id").longValue();
        List<JsonObject> questions = sitting.getJsonArray("questions").getValuesAs(JsonObject.class);
        exams.answer(sittingId, questions.get(0).getJsonNumber("id").longValue(), officer, "pc-1", "A").expect(200);
        exams.answer(sittingId, questions.get(1).getJsonNumber("id").longValue(), officer, "pc-1", "B").expect(200);
        exams.started(examId, officer, "phone-1");
        exams.answer(sittingId, questions.get(2).getJsonNumber("id").longValue(), officer, "phone-1", "A").expect(200);
        exams.submit(sittingId, officer).expect(200);
        assertEquals(3, ExamTables.sittingEvents("EXAM_ANSWER_SAVED", sittingId));
        assertEquals(1, ExamTables.sittingEvents("EXAM_SITTING_TAKEN_OVER", sittingId));
        assertEquals(0, ExamTables.auditEvents("EXAM_ANSWER_SAVED", String.valueOf(sittingId)), "no global lock per answer");
        JsonObject intact = verify();
        assertTrue(intact.getBoolean("valid"), intact.toString());

        // an edited answer breaks its link
        String first = ExamTables.forgeSittingEvent(sittingId, 1, firstSummary(sittingId).replace("\"A\"", "\"C\""));
        JsonObject edited = verify();
        ExamTables.forgeSittingEvent(sittingId, 1, first);
        assertBroken(edited, sittingId, "event 1");

        // a forger who seals the chain again and moves its head is caught by the submission's anchor in the audit chain
        String second = ExamTables.rewriteSittingChain(sittingId, 2, firstSummary(sittingId).replace("\"A\"", "\"D\""));
        JsonObject rewritten = verify();
        ExamTables.rewriteSittingChain(sittingId, 2, second);
        assertBroken(rewritten, sittingId, "anchor");

        JsonObject restored = verify();
        assertTrue(restored.getBoolean("valid"), restored.toString());
    }

    private static String firstSummary(long sittingId) {
        return Sql.text(
                "SELECT summary FROM exm_sitting_event WHERE sitting_id = ? AND seq = 1", sittingId);
    }

    private JsonObject verify() {
        return ApiClient.of(target).get("/api/v1/audit/verify", as(Roles.JUDICIAL)).expect(200).json();
    }

    private static void assertBroken(JsonObject verification, long sittingId, String where) {
        assertFalse(verification.getBoolean("valid"), verification.toString());
        JsonObject sittings = verification.getJsonArray("anchored").getJsonObject(0);
        assertEquals("exam-sitting", sittings.getString("kind"));
        assertFalse(sittings.getBoolean("valid"));
        assertTrue(sittings.getString("firstBroken").startsWith("exam-sitting " + sittingId + " " + where),
                verification.toString());
    }

    private static long latestTimeoutJob() {
        try (var c = cn.zhifa.db.testing.TestDatabase.current().connect();
             var s = c.prepareStatement("SELECT MAX(id) FROM shr_job WHERE kind = 'exam.timeouts'");
             var rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
