package cn.zhifa.exam.testing;

import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.audit.AuditEvent;
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

    /** How many events of {@code action} the sitting's own chain holds. */
    public static int sittingEvents(String action, long sittingId) {
        return Math.toIntExact(Sql.number("SELECT COUNT(*) FROM exm_sitting_event WHERE action = ? AND sitting_id = ?",
                action, sittingId));
    }

    /**
     * Replaces the summary of event {@code seq} of a sitting's chain (a forger at the database) and returns the one it
     * had, so that the test can put it back.
     */
    public static String forgeSittingEvent(long sittingId, long seq, String summary) {
        String before = Sql.text("SELECT summary FROM exm_sitting_event WHERE sitting_id = ? AND seq = ?", sittingId, seq);
        update("UPDATE exm_sitting_event SET summary = ? WHERE sitting_id = ? AND seq = ?", summary, sittingId, seq);
        return before;
    }

    /**
     * A forger who knows the hashing: replaces the summary of event {@code seq} of a sitting's chain, seals every event
     * from there again (new prev_hash and hash) and moves the sitting's stored head, so that the chain holds together
     * from its genesis; returns the summary it had. Doing it again with that summary restores the chain exactly.
     */
    public static String rewriteSittingChain(long sittingId, long seq, String summary) {
        String before = Sql.text("SELECT summary FROM exm_sitting_event WHERE sitting_id = ? AND seq = ?", sittingId, seq);
        long count = Sql.number("SELECT chain_count FROM exm_sitting WHERE id = ?", sittingId);
        String previous = Sql.text("SELECT prev_hash FROM exm_sitting_event WHERE sitting_id = ? AND seq = ?", sittingId, seq);
        for (long n = seq; n <= count; n++) {
            AuditEvent stored = sittingEvent(sittingId, n);
            AuditEvent resealed = new AuditEvent(n, stored.occurredAtMs(), stored.actorSubject(), stored.actorRole(),
                    stored.action(), stored.entityType(), stored.entityId(), n == seq ? summary : stored.summary(),
                    null, previous, null).sealed();
            update("UPDATE exm_sitting_event SET summary = ?, prev_hash = ?, hash = ? WHERE sitting_id = ? AND seq = ?",
                    resealed.summary(), resealed.prevHash(), resealed.hash(), sittingId, n);
            previous = resealed.hash();
        }
        update("UPDATE exm_sitting SET chain_head = ? WHERE id = ?", previous, sittingId);
        return before;
    }

    private static AuditEvent sittingEvent(long sittingId, long seq) {
        String where = " FROM exm_sitting_event WHERE sitting_id = ? AND seq = ?";
        return new AuditEvent(seq, Sql.number("SELECT occurred_at_ms" + where, sittingId, seq),
                Sql.text("SELECT actor_subject" + where, sittingId, seq), Sql.text("SELECT actor_role" + where, sittingId, seq),
                Sql.text("SELECT action" + where, sittingId, seq), "exam-sitting", String.valueOf(sittingId),
                Sql.text("SELECT summary" + where, sittingId, seq), null, null, null);
    }

    private static void update(String sql, Object... args) {
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                update.setObject(i + 1, args[i]);
            }
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("not one row for " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
