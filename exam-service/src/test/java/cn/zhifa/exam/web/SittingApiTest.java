package cn.zhifa.exam.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.exam.service.ExamTimeoutJob;
import cn.zhifa.exam.testing.ExamClient;
import cn.zhifa.exam.testing.ExamFixture;
import cn.zhifa.exam.testing.RecordingExamRecords;
import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobQueue;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

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

    private long openExam(ExamClient client, String prefix, String category, long... officers) {
        client.bank(prefix, category, 3);
        long examId = client.schedule("PROFESSIONAL_LAW", category,
                "[{\"difficulty\":\"EASY\",\"count\":2},{\"difficulty\":\"MEDIUM\",\"count\":2}]").getJsonNumber("id").longValue();
        assertEquals(200, client.register(examId, ExamClient.JUDICIAL, officers).getStatus());
        ExamFixture.openNow(examId);
        return examId;
    }

    @Test
    void shouldLetASecondDeviceTakeOverAndRefuseTheFirst() {
        ExamClient client = new ExamClient(target);
        long officer = ExamFixture.officer("换设备考生", AGENCY, false);
        long examId = openExam(client, "TAKE", "NATURAL_RESOURCES", officer);
        JsonObject onPc = client.started(examId, officer, "pc-1");
        long sittingId = onPc.getJsonNumber("id").longValue();
        JsonObject first = onPc.getJsonArray("questions").getJsonObject(0);
        long q1 = first.getJsonNumber("id").longValue();
        List<String> choice = ExamClient.rightKeys(sittingId, first);
        assertEquals(200, client.answer(sittingId, q1, officer, "pc-1", choice.toArray(String[]::new)).getStatus());

        JsonObject onPhone = client.started(examId, officer, "phone-1");
        assertEquals(sittingId, onPhone.getJsonNumber("id").longValue());
        assertEquals(1, onPhone.getInt("deviceSwitches"));
        assertEquals(onPc.getString("endsAt"), onPhone.getString("endsAt"), "the same clock");
        assertEquals(choice, onPhone.getJsonArray("questions").getJsonObject(0).getJsonArray("choice")
                .getValuesAs(jakarta.json.JsonString::getString), "the same answers");
        assertEquals(1, ExamFixture.auditEvents("EXAM_SITTING_TAKEN_OVER", String.valueOf(sittingId)));

        Response fromPc = client.answer(sittingId, q1, officer, "pc-1", "A");
        assertEquals(409, fromPc.getStatus());
        assertEquals("SITTING_TAKEN_OVER", ExamClient.problem(fromPc));
        assertEquals(200, client.answer(sittingId, q1, officer, "phone-1").getStatus(), "an empty choice clears");
        assertEquals(1, client.started(examId, officer, "phone-1").getInt("deviceSwitches"), "a reload is no switch");

        long other = ExamFixture.officer("旁人", AGENCY, false);
        assertEquals(403, client.sitting(sittingId, other).getStatus(), "another officer's sitting");
        assertEquals(403, client.answer(sittingId, q1, other, null, "A").getStatus());
        assertEquals(403, client.submit(sittingId, other).getStatus());
        assertEquals(404, client.sitting(9_000_000_000L, other).getStatus());
        assertEquals(403, target.path("/api/v1/sittings/" + sittingId).request()
                .header("Authorization", Tokens.bearer("j", Roles.JUDICIAL)).get().getStatus());
    }

    @Test
    void shouldRefuseChoicesThatAreNoOptionOrTooMany() {
        ExamClient client = new ExamClient(target);
        long officer = ExamFixture.officer("选项考生", AGENCY, false);
        long examId = openExam(client, "CHOICE", "ECOLOGY_ENVIRONMENT", officer);
        JsonObject sitting = client.started(examId, officer, null);
        long sittingId = sitting.getJsonNumber("id").longValue();
        for (JsonValue v : sitting.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            long id = q.getJsonNumber("id").longValue();
            Response noSuchKey = client.answer(sittingId, id, officer, null, "E");
            assertEquals(400, noSuchKey.getStatus());
            assertTrue(noSuchKey.readEntity(String.class).contains("CHOICE_NOT_AN_OPTION"));
            Response two = client.answer(sittingId, id, officer, null, "A", "B");
            assertEquals(q.getString("type").equals("MULTIPLE") ? 200 : 400, two.getStatus(), q.toString());
        }
        assertEquals(404, client.answer(sittingId, 9_000_000_000L, officer, null, "A").getStatus());
    }

    @Test
    void shouldRefuseAnswersAfterTheTimeAndScoreTheSittingAsItStood() {
        ExamClient client = new ExamClient(target);
        long officer = ExamFixture.officer("超时考生", AGENCY, false);
        long examId = openExam(client, "LATE", "CULTURE_TOURISM", officer);
        JsonObject sitting = client.started(examId, officer, null);
        long sittingId = sitting.getJsonNumber("id").longValue();
        JsonObject first = sitting.getJsonArray("questions").getJsonObject(0);
        client.answer(sittingId, first.getJsonNumber("id").longValue(), officer, null,
                ExamClient.rightKeys(sittingId, first).toArray(String[]::new));
        ExamFixture.timeUp(sittingId);

        Response late = client.answer(sittingId, first.getJsonNumber("id").longValue(), officer, null, "A");
        assertEquals(409, late.getStatus());
        assertEquals("SITTING_TIME_OVER", ExamClient.problem(late));
        assertEquals(0, client.sitting(sittingId, officer).readEntity(JsonObject.class).getInt("secondsLeft"));
        JsonObject result = client.submit(sittingId, officer).readEntity(JsonObject.class);
        assertEquals("TIMEOUT", result.getString("submittedHow"));
        assertEquals(0, new BigDecimal("25").compareTo(result.getJsonNumber("score").bigDecimalValue()), result.toString());
        assertFalse(result.getBoolean("passed"));
    }

    @Test
    void shouldSubmitOverdueSittingsByTheJobWhenNoRequestComes() {
        ExamClient client = new ExamClient(target);
        long quiet = ExamFixture.officer("关了浏览器的考生", AGENCY, false);
        long running = ExamFixture.officer("仍在作答的考生", AGENCY, false);
        long examId = openExam(client, "JOB", "COMPREHENSIVE", quiet, running);
        JsonObject sitting = client.started(examId, quiet, null);
        long sittingId = sitting.getJsonNumber("id").longValue();
        for (JsonValue v : sitting.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            client.answer(sittingId, q.getJsonNumber("id").longValue(), quiet, null,
                    ExamClient.rightKeys(sittingId, q).toArray(String[]::new));
        }
        long runningSitting = client.started(examId, running, null).getJsonNumber("id").longValue();
        ExamFixture.timeUp(sittingId);

        assertTrue(timeoutJob.queueIfOverdue());
        Job job = jobs.await(jobs.find(latestTimeoutJob()).orElseThrow().id(), Duration.ofSeconds(30));
        assertEquals(Job.DONE, job.state(), job.toString());
        JsonObject submitted = client.sitting(sittingId, quiet).readEntity(JsonObject.class);
        assertTrue(submitted.getBoolean("submitted"));
        assertEquals("TIMEOUT", submitted.getJsonObject("result").getString("submittedHow"));
        assertEquals(0, new BigDecimal("100").compareTo(submitted.getJsonObject("result").getJsonNumber("score")
                .bigDecimalValue()));
        assertEquals(1, RecordingExamRecords.of(quiet).size(), "a pass found by the job is recorded too");
        assertFalse(client.sitting(runningSitting, running).readEntity(JsonObject.class).getBoolean("submitted"),
                "a sitting with time left is left alone");
        assertEquals(1, ExamFixture.auditEvents("EXAM_SITTING_SUBMITTED", String.valueOf(sittingId)));
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
