package cn.zhifa.platform.audit;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.probe.ProbeService;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain on a real database: tampering by plain SQL is found, concurrent writers never fork it,
 * and a failing transaction leaves neither its change nor its event behind. Each tampering test
 * restores what it altered, since the database is shared with the JVM's other tests.
 */
@HelidonTest
@DatabaseTest
class AuditRecordTest {
    @Inject
    ProbeService probe;
    @Inject
    AuditQueries queries;

    @BeforeEach
    void writeSomeEvents() throws Exception {
        for (int i = 0; i < 4; i++) {
            probe.write("setup", false);
        }
        assertTrue(queries.verify().valid(), "the chain is intact before each test");
    }

    private static long headSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq FROM shr_audit_head")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String column(Connection c, String column, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM shr_audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void shouldDetectAnEditedRow() throws Exception {
        try (Connection c = TestDatabase.current().connect()) {
            long seq = headSeq(c) - 1;
            String summary = column(c, "summary", seq);
            update(c, "UPDATE shr_audit_event SET summary = ? WHERE seq = ?", "{\"marker\":\"forged\"}", seq);
            AuditVerification broken = queries.verify();
            update(c, "UPDATE shr_audit_event SET summary = ? WHERE seq = ?", summary, seq);
            assertFalse(broken.valid());
            assertEquals(seq, broken.firstBrokenSeq());
            assertEquals(seq - 1, broken.checked());
        }
        assertTrue(queries.verify().valid());
    }

    @Test
    void shouldDetectADeletedRow() throws Exception {
        try (Connection c = TestDatabase.current().connect()) {
            long seq = headSeq(c) - 2;
            List<Object> row = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM shr_audit_event WHERE seq = ?")) {
                s.setLong(1, seq);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                }
            }
            update(c, "DELETE FROM shr_audit_event WHERE seq = ?", seq);
            AuditVerification broken = queries.verify();
            update(c, "INSERT INTO shr_audit_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.toArray());
            assertFalse(broken.valid());
            assertEquals(seq, broken.firstBrokenSeq());
        }
        assertTrue(queries.verify().valid());
    }

    @Test
    void shouldDetectReorderedRows() throws Exception {
        try (Connection c = TestDatabase.current().connect()) {
            long second = headSeq(c) - 1;
            long first = second - 1;
            update(c, "UPDATE shr_audit_event SET seq = -1 WHERE seq = ?", first);
            update(c, "UPDATE shr_audit_event SET seq = ? WHERE seq = ?", first, second);
            update(c, "UPDATE shr_audit_event SET seq = ? WHERE seq = -1", second);
            AuditVerification broken = queries.verify();
            update(c, "UPDATE shr_audit_event SET seq = -1 WHERE seq = ?", first);
            update(c, "UPDATE shr_audit_event SET seq = ? WHERE seq = ?", first, second);
            update(c, "UPDATE shr_audit_event SET seq = ? WHERE seq = -1", second);
            assertFalse(broken.valid());
            assertEquals(first, broken.firstBrokenSeq());
        }
        assertTrue(queries.verify().valid());
    }

    @Test
    void shouldDetectADeletedTail() throws Exception {
        try (Connection c = TestDatabase.current().connect()) {
            long last = headSeq(c);
            String hash = column(c, "hash", last);
            String prev = column(c, "prev_hash", last);
            String summary = column(c, "summary", last);
            String subject = column(c, "actor_subject", last);
            String role = column(c, "actor_role", last);
            String action = column(c, "action", last);
            String type = column(c, "entity_type", last);
            String id = column(c, "entity_id", last);
            long at = Long.parseLong(column(c, "occurred_at_ms", last));
            update(c, "DELETE FROM shr_audit_event WHERE seq = ?", last);
            AuditVerification broken = queries.verify();
            update(c, "INSERT INTO shr_audit_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    last, at, subject, role, action, type, id, summary, null, prev, hash);
            assertFalse(broken.valid());
            assertEquals(last, broken.firstBrokenSeq());
        }
        assertTrue(queries.verify().valid());
    }

    @Test
    void shouldKeepOneChainUnderConcurrentWriters() throws Exception {
        long before;
        try (Connection c = TestDatabase.current().connect()) {
            before = headSeq(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                writes.add(() -> probe.write("concurrent", false));
            }
            for (Future<String> done : pool.invokeAll(writes)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Connection c = TestDatabase.current().connect()) {
            assertEquals(before + 40, headSeq(c));
        }
        AuditVerification result = queries.verify();
        assertTrue(result.valid(), result.toString());
    }

    @Test
    void shouldRollBackEveryRowOfAFailingTransaction() throws Exception {
        long headBefore;
        long eventsBefore;
        try (Connection c = TestDatabase.current().connect()) {
            headBefore = headSeq(c);
            eventsBefore = count(c, "SELECT COUNT(*) FROM shr_audit_event");
        }
        long probesBefore = countProbeRows();
        Exception failure = assertThrows(Exception.class, () -> probe.write("doomed", true));
        assertEquals("failure after two writes", failure.getMessage());
        try (Connection c = TestDatabase.current().connect()) {
            assertEquals(headBefore, headSeq(c), "the head did not move");
            assertEquals(eventsBefore, count(c, "SELECT COUNT(*) FROM shr_audit_event"), "no event was kept");
        }
        assertEquals(probesBefore, countProbeRows(), "the job-run row was rolled back too");
        assertTrue(queries.verify().valid());
    }

    private static long countProbeRows() throws SQLException {
        try (Connection c = TestDatabase.current().connect()) {
            return count(c, "SELECT COUNT(*) FROM shr_job_run WHERE job_name = 'probe' AND run_key LIKE 'doomed-%'");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
