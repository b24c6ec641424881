package cn.zhifa.exam.testing;

import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.platform.testing.TestClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What exam-service's tests read and write in its own tables beside its API, with plain JDBC: the moments of an exam
 * or sitting moved into the past (the business clock cannot be wound forward), a question's answer and a sitting's
 * option order, audit events. Officers come from {@link cn.zhifa.platform.testing.CredentialTables}.
 */
public final class ExamTables {
    private ExamTables() {
    }

    /** Opens the exam now: its window starts a minute ago (it keeps its end). */
    public static void openNow(long examId) {
        update("UPDATE exm_exam SET opens_at_ms = ? WHERE id = ?", TestClock.clock().millis() - 60_000, examId);
    }

    /** Closes the exam: its window ended a second ago. */
    public static void close(long examId) {
        update("UPDATE exm_exam SET closes_at_ms = ? WHERE id = ?", TestClock.clock().millis() - 1_000, examId);
    }

    /** Ends the sitting's time a second ago. */
    public static void timeUp(long sittingId) {
        update("UPDATE exm_sitting SET ends_at_ms = ? WHERE id = ?", TestClock.clock().millis() - 1_000, sittingId);
    }

    /** The bank's answer of a question version. */
    public static String answer(long questionId) {
        return Sql.text("SELECT answer FROM exm_question WHERE id = ?", questionId);
    }

    /** The option order stored for a question of a sitting (bank keys as shown). */
    public static String optionOrder(long sittingId, long questionId) {
        return Sql.text("SELECT option_order FROM exm_sitting_question WHERE sitting_id = ? AND question_id = ?",
                sittingId, questionId);
    }

    /** How many audit events of {@code action} name the entity. */
    public static int auditEvents(String action, String entityId) {
        return Math.toIntExact(Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = ? AND entity_id = ?",
                action, entityId));
    }

    private static void update(String sql, long value, long id) {
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, value);
            update.setLong(2, id);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no row " + id + " for " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
