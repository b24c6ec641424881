package cn.zhifa.app.hostile;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit record after the demo data and whatever the other tests of this JVM did verifies; a change
 * made behind the server's back by SQL (a summary, an actor, a reason edited; an event deleted) is
 * found at the changed event, and the chain verifies again once the row is put back.
 */
@HelidonTest
@DatabaseTest
class AuditTamperTest {
    @Inject
    WebTarget target;

    @Test
    void shouldDetectEverySqlTamperingAtTheTamperedEvent() throws SQLException {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        JsonObject clean = verify(http);
        assertTrue(clean.getBoolean("valid"), clean.toString());
        long checked = clean.getJsonNumber("checked").longValue();
        assertTrue(checked > 10, clean.toString());
        long seq = checked / 2;

        for (String column : List.of("summary", "actor_subject", "entity_id", "action", "occurred_at_ms")) {
            String original = read(seq, column);
            String forged = column.equals("occurred_at_ms") ? String.valueOf(Long.parseLong(original) + 1) : original + " ";
            write(seq, column, forged);
            try {
                JsonObject broken = verify(http);
                assertFalse(broken.getBoolean("valid"), column + " changed: " + broken);
                assertEquals(seq, broken.getJsonNumber("firstBrokenSeq").longValue(), column + ": " + broken);
            } finally {
                write(seq, column, original);
            }
            assertTrue(verify(http).getBoolean("valid"), "restored " + column);
        }

        // an event deleted is a gap the chain shows
        Object[] row = row(seq);
        execute("DELETE FROM shr_audit_event WHERE seq = ?", seq);
        try {
            JsonObject gap = verify(http);
            assertFalse(gap.getBoolean("valid"), "deleted: " + gap);
            assertTrue(gap.getJsonNumber("firstBrokenSeq").longValue() <= seq + 1, gap.toString());
        } finally {
            execute("INSERT INTO shr_audit_event (" + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row);
        }
        assertTrue(verify(http).getBoolean("valid"), "the deleted event restored");
    }

    private static JsonObject verify(ApiClient http) {
        Reply reply = http.get("/api/v1/audit/verify", Tokens.as("admin"));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static String read(long seq, String column) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM shr_audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "event " + seq);
                return rows.getString(1);
            }
        }
    }

    private static void write(long seq, String column, String value) throws SQLException {
        execute("UPDATE shr_audit_event SET " + column + " = ? WHERE seq = ?",
                column.equals("occurred_at_ms") ? (Object) Long.parseLong(value) : value, seq);
    }

    private static final List<String> COLUMNS = List.of("seq", "occurred_at_ms", "actor_subject", "actor_role", "action",
            "entity_type", "entity_id", "summary", "reason", "prev_hash", "hash");

    private static Object[] row(long seq) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement s = c.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                     + " FROM shr_audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "event " + seq);
                Object[] row = new Object[COLUMNS.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                return row;
            }
        }
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate(), sql);
        }
    }
}
