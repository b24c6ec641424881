package cn.zhifa.app;

import cn.zhifa.credential.service.ExamRecordsService;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.contract.ExamRecords;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the all-in-one server a passed sitting becomes the officer's exam record in-process: credential-service's
 * {@link ExamRecordsService} is the one {@link ExamRecords}, and the record shows in the officer's exams and
 * eligibility without anyone typing it.
 */
@HelidonTest
@DatabaseTest
class ExamRecordsWiringTest {
    @Inject
    BeanManager beans;
    @Inject
    WebTarget target;

    @Test
    void shouldHaveExactlyOneExamRecordsTheCredentialServices() {
        Set<Bean<?>> candidates = beans.getBeans(ExamRecords.class);
        assertEquals(1, candidates.size(), "no ambiguous ExamRecords: " + candidates);
        assertEquals(ExamRecordsService.class, candidates.iterator().next().getBeanClass());
    }

    @Test
    void shouldTurnAPassedSittingIntoTheOfficersExamRecordAndEligibility() throws Exception {
        ApiClient api = ApiClient.of(target);
        String judicial = as(Roles.JUDICIAL);
        long officer = newOfficer(api);
        JsonArray before = api.get("/api/v1/officers/" + officer + "/exams", judicial).expect(200).array();
        assertTrue(before.isEmpty());

        StringBuilder bank = new StringBuilder("code,topic,type,stem,optionA,optionB,optionC,optionD,answer,difficulty\n");
        for (int i = 1; i <= 3; i++) {
            bank.append("WIRE-").append(i).append(",MARKET_REGULATION,SINGLE,题").append(i).append(",甲,乙,丙,,B,EASY\n");
        }
        api.postCsv("/api/v1/exam-questions/import", bank.toString(), judicial).expect(200);
        OffsetDateTime now = OffsetDateTime.now(TestClock.clock());
        JsonObject exam = api.post("/api/v1/exams", "{\"name\":\"联调考试\",\"kind\":\"PROFESSIONAL_LAW\","
                + "\"category\":\"MARKET_REGULATION\",\"blueprint\":[{\"difficulty\":\"EASY\",\"count\":2}],\"opensAt\":\""
                + now.plusHours(1) + "\",\"closesAt\":\"" + now.plusHours(2) + "\",\"durationMinutes\":30,\"passMark\":60}",
                judicial).expect(201).json();
        long examId = exam.getJsonNumber("id").longValue();
        api.post("/api/v1/exams/" + examId + "/candidates", "{\"officerIds\":[" + officer + "]}", as(Roles.HR))
                .expect(200);
        execute("UPDATE exm_exam SET opens_at_ms = " + (TestClock.clock().millis() - 60_000) + " WHERE id = " + examId);

        String bearer = officer(officer);
        JsonObject sitting = api.post("/api/v1/exams/" + examId + "/sittings", "{\"device\":\"wiring\"}", bearer)
                .expect(200).json();
        long sittingId = sitting.getJsonNumber("id").longValue();
        for (JsonValue v : sitting.getJsonArray("questions")) {
            long questionId = v.asJsonObject().getJsonNumber("id").longValue();
            String order = Sql.text("SELECT option_order FROM exm_sitting_question WHERE sitting_id = ? AND question_id = ?",
                    sittingId, questionId);
            String shown = String.valueOf((char) ('A' + order.indexOf('B')));
            api.put("/api/v1/sittings/" + sittingId + "/answers/" + questionId, "{\"choice\":[\"" + shown + "\"]}", bearer)
                    .expect(200);
        }
        JsonObject result = api.post("/api/v1/sittings/" + sittingId + "/submit", "{}", bearer).expect(200).json();
        assertTrue(result.getBoolean("passed"), result.toString());

        JsonArray after = api.get("/api/v1/officers/" + officer + "/exams", bearer).expect(200).array();
        assertEquals(1, after.size(), after.toString());
        JsonObject record = after.getJsonObject(0);
        assertEquals("PROFESSIONAL_LAW", record.getString("kind"));
        assertTrue(record.getBoolean("passed"));
        assertEquals(0, new BigDecimal("100").compareTo(record.getJsonNumber("score").bigDecimalValue()));
        assertEquals(TestClock.today().toString(), record.getString("takenOn"));
        String eligibility = api.get("/api/v1/officers/" + officer + "/eligibility", judicial).expect(200).body();
        assertFalse(eligibility.contains("PROFESSIONAL_EXAM_MISSING"), eligibility);
        assertTrue(eligibility.contains("COMPREHENSIVE_EXAM_MISSING"), eligibility);
    }

    /** An officer HR creates through the API, as credential-service keeps them; the new id. */
    private static long newOfficer(ApiClient api) {
        String first17 = "500115" + "1985" + String.format("%02d%02d", ThreadLocalRandom.current().nextInt(1, 13),
                ThreadLocalRandom.current().nextInt(1, 29)) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String idNumber = first17 + ResidentIdChecksum.checkCharacter(first17);
        return api.post("/api/v1/officers", "{\"name\":\"考试联调\",\"idNumber\":\"" + idNumber
                + "\",\"agencyCode\":\"500115002\",\"position\":\"科员\",\"employmentType\":\"REGULAR\","
                + "\"postStatus\":\"ON_POST\",\"categories\":[\"MARKET_REGULATION\"],\"areas\":[\"500115\"],"
                + "\"legalQualification\":false,\"legalReviewer\":false}", as(Roles.HR)).expect(201).json()
                .getJsonNumber("id").longValue();
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            assertEquals(1, s.executeUpdate(), sql);
        }
    }
}
