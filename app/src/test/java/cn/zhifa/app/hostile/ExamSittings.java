package cn.zhifa.app.hostile;

import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.Tokens;
import cn.zhifa.platform.testing.TestClock;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exam sittings of given officers, made through the API (a small bank, an exam opened by moving its start into the
 * past, the officers registered and started), for the tests that try an officer's paths with real ids.
 */
final class ExamSittings {
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private ExamSittings() {
    }

    /** officer id → the id of a sitting of theirs, in a new open exam (scheduled by a judicial token of no agency). */
    static Map<Long, Long> of(ApiClient http, long... officerIds) {
        return of(http, Tokens.as("judicial"), officerIds);
    }

    /** The same with the exam scheduled and the officers registered by {@code judicial} (the exam is of its agency). */
    static Map<Long, Long> of(ApiClient http, String judicial, long... officerIds) {
        String prefix = "HOSTILE-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
        String bank = "code,topic,type,stem,optionA,optionB,answer,difficulty\n"
                + prefix + "-1,COMPREHENSIVE,TRUE_FALSE,执法应当全过程记录。,,,A,EASY\n";
        Reply imported = http.upload("/api/v1/exam-questions/import", "text/csv", bank.getBytes(StandardCharsets.UTF_8),
                judicial);
        assertEquals(200, imported.status(), imported.toString());
        OffsetDateTime now = OffsetDateTime.now(TestClock.clock());
        Reply exam = http.post("/api/v1/exams", "{\"name\":\"隔离测试\","
                + "\"kind\":\"PROFESSIONAL_LAW\",\"category\":\"COMPREHENSIVE\",\"blueprint\":[{\"difficulty\":\"EASY\","
                + "\"count\":1}],\"opensAt\":\"" + now.plusHours(1) + "\",\"closesAt\":\"" + now.plusHours(2)
                + "\",\"durationMinutes\":30,\"passMark\":60}", judicial);
        assertEquals(201, exam.status(), exam.toString());
        long examId = exam.json().getJsonNumber("id").longValue();
        StringBuilder ids = new StringBuilder();
        for (long id : officerIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        Reply registered = http.post("/api/v1/exams/" + examId + "/candidates", "{\"officerIds\":[" + ids + "]}",
                judicial);
        assertEquals(200, registered.status(), registered.toString());
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement open = c.prepareStatement("UPDATE exm_exam SET opens_at_ms = ? WHERE id = ?")) {
            open.setLong(1, TestClock.clock().millis() - 60_000);
            open.setLong(2, examId);
            assertEquals(1, open.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<Long, Long> sittings = new LinkedHashMap<>();
        for (long id : officerIds) {
            Reply started = http.post("/api/v1/exams/" + examId + "/sittings", "{}", Tokens.officer(id));
            assertEquals(200, started.status(), started.toString());
            sittings.put(id, started.json().getJsonNumber("id").longValue());
        }
        return sittings;
    }

    /** Closes the exam's window a second ago: its seed and pool become public. */
    static void close(long examId) {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement close = c.prepareStatement("UPDATE exm_exam SET closes_at_ms = ? WHERE id = ?")) {
            close.setLong(1, TestClock.clock().millis() - 1_000);
            close.setLong(2, examId);
            assertEquals(1, close.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The exam id of the sittings made (for a public crawl). */
    static long examOf(Map<Long, Long> sittings) {
        Entry<Long, Long> any = sittings.entrySet().iterator().next();
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement s = c.prepareStatement("SELECT exam_id FROM exm_sitting WHERE id = ?")) {
            s.setLong(1, any.getValue());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
