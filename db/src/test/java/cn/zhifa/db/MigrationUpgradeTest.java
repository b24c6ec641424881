package cn.zhifa.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An installed database upgrades in order: Flyway refuses a new migration numbered below the installed
 * version, so every migration after the first release (V30) is numbered above it, shared or not. Migrations that
 * derive data are checked on the rows an older schema holds.
 */
class MigrationUpgradeTest {

    @Test
    void shouldUpgradeADatabaseOfTheFirstReleaseToTheLatestSchema() {
        JdbcDataSource dataSource = databaseAt("30");

        MigrateResult upgrade = Migrations.migrate(dataSource, 0);

        assertTrue(upgrade.success);
        assertTrue(upgrade.migrationsExecuted > 0, "migrations written after the first release");
        assertEquals(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .info().current().getVersion().getVersion(), upgrade.targetSchemaVersion);
    }

    @Test
    void shouldCopyEachIssuedScopeOntoItsCredentialInCodeOrder() throws SQLException {
        JdbcDataSource dataSource = databaseAt("33");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            insertOfficer(s, "甲", "ON_POST");
            s.executeUpdate("INSERT INTO cred_credential (id, credential_no, officer_id, agency_code, status, issued_on, "
                    + "valid_from, valid_until, issued_at_ms, status_changed_at_ms, version) VALUES "
                    + "(10, 'SCOPED', 1, '500115002', 'ACTIVE', DATE '2024-01-01', DATE '2024-01-01', DATE '2029-12-31', "
                    + "0, 0, 1), "
                    + "(11, 'UNSCOPED', 1, '500115002', 'REVOKED', DATE '2024-01-01', DATE '2024-01-01', "
                    + "DATE '2029-12-31', 0, 0, 1)");
            s.executeUpdate("INSERT INTO cred_credential_area (credential_id, area_code) VALUES (10, '500115'), "
                    + "(10, '500102')");
            s.executeUpdate("INSERT INTO cred_credential_category (credential_id, category_code) "
                    + "VALUES (10, 'MARKET_REGULATION')");
        }

        Migrations.migrate(dataSource, 0);

        assertEquals(List.of("SCOPED MARKET_REGULATION 500102,500115", "UNSCOPED null null"), scopeLists(dataSource));
    }

    @Test
    void shouldDeriveTheScopeListsAgainForCredentialsThatAnOlderServerWroteDuringTheV34Rollout() throws SQLException {
        JdbcDataSource dataSource = databaseAt("34");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            insertOfficer(s, "乙", "ON_POST");
            // issued by the older server: no lists; renewed by it with a new area: the lists of the previous term
            s.executeUpdate("INSERT INTO cred_credential (id, credential_no, officer_id, agency_code, status, issued_on, "
                    + "valid_from, valid_until, issued_at_ms, status_changed_at_ms, version, category_codes, area_codes) "
                    + "VALUES (20, 'ISSUED-BY-OLDER', 1, '500115002', 'REVOKED', DATE '2024-01-01', DATE '2024-01-01', "
                    + "DATE '2029-12-31', 0, 0, 1, NULL, NULL), "
                    + "(21, 'RENEWED-BY-OLDER', 1, '500115002', 'ACTIVE', DATE '2024-01-01', DATE '2024-01-01', "
                    + "DATE '2029-12-31', 0, 0, 1, 'MARKET_REGULATION', '500115')");
            s.executeUpdate("INSERT INTO cred_credential_area (credential_id, area_code) VALUES (20, '500115'), "
                    + "(21, '500102'), (21, '500115')");
            s.executeUpdate("INSERT INTO cred_credential_category (credential_id, category_code) "
                    + "VALUES (20, 'MARKET_REGULATION'), (21, 'MARKET_REGULATION')");
        }

        Migrations.migrate(dataSource, 0);

        assertEquals(List.of("ISSUED-BY-OLDER MARKET_REGULATION 500115", "RENEWED-BY-OLDER MARKET_REGULATION 500102,500115"),
                scopeLists(dataSource));
    }

    /** Each credential as "number categories areas", in id order. */
    private static List<String> scopeLists(JdbcDataSource dataSource) throws SQLException {
        List<String> lists = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT credential_no, category_codes, area_codes FROM cred_credential "
                     + "ORDER BY id")) {
            while (rows.next()) {
                lists.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return lists;
    }

    @Test
    void shouldCallACredentialWithdrawnForNoPenaltyCancelledAndLeaveTheRevokedOnesRevoked() throws SQLException {
        JdbcDataSource dataSource = databaseAt("40");
        String[][] withdrawn = {{"RETIRED", "REVOKED", "HOLDER_RETIRED"}, {"MISCONDUCT", "REVOKED", "SERIOUS_MISCONDUCT"},
                {"IN-ERROR", "REVOKED", "ISSUED_IN_ERROR"}, {"RECOVERED", "RECOVERED", "RETURNED_BY_HOLDER"}};
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             PreparedStatement insert = c.prepareStatement("INSERT INTO cred_credential (id, credential_no, officer_id, "
                     + "agency_code, status, status_reason, issued_on, valid_from, valid_until, issued_at_ms, "
                     + "status_changed_at_ms, version) VALUES (?, ?, 1, '500115002', ?, ?, DATE '2024-01-01', "
                     + "DATE '2024-01-01', DATE '2029-12-31', 0, 0, 1)")) {
            insertOfficer(s, "丙", "RETIRED");
            for (int i = 0; i < withdrawn.length; i++) {
                insert.setInt(1, 30 + i);
                insert.setString(2, withdrawn[i][0]);
                insert.setString(3, withdrawn[i][1]);
                insert.setString(4, withdrawn[i][2]);
                insert.executeUpdate();
            }
        }

        Migrations.migrate(dataSource, 0);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT credential_no, status FROM cred_credential ORDER BY id")) {
            StringBuilder statuses = new StringBuilder();
            while (rows.next()) {
                statuses.append(rows.getString(1)).append('=').append(rows.getString(2)).append(' ');
            }
            assertEquals("RETIRED=CANCELLED MISCONDUCT=REVOKED IN-ERROR=CANCELLED RECOVERED=RECOVERED ",
                    statuses.toString());
        }
    }

    @Test
    void shouldStartTheOwnChainOfASittingBeganBeforeV54AtItsStartEvent() throws SQLException {
        JdbcDataSource dataSource = databaseAt("51");
        String startHash = "a".repeat(64);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO exm_exam (id, name, kind, topic, opens_at_ms, closes_at_ms, duration_minutes, "
                    + "pass_mark, seed, commitment, pool_hash, created_at_ms, created_by) VALUES (3, '考试', "
                    + "'COMPREHENSIVE_LAW', 'COMPREHENSIVE_LAW', 0, 1000, 60, 60, '" + "s".repeat(64) + "', '"
                    + "c".repeat(64) + "', '" + "p".repeat(64) + "', 0, 'judicial')");
            s.executeUpdate("INSERT INTO exm_candidate (exam_id, officer_id, exempt, registered_at_ms, registered_by) "
                    + "VALUES (3, 51, FALSE, 0, 'judicial')");
            s.executeUpdate("INSERT INTO exm_sitting (id, exam_id, officer_id, started_at_ms, ends_at_ms, device, "
                    + "device_switches) VALUES (7, 3, 51, 0, 1000, 'pc', 0)");
            s.executeUpdate("INSERT INTO shr_audit_event (seq, occurred_at_ms, actor_subject, actor_role, action, "
                    + "entity_type, entity_id, summary, reason, prev_hash, hash) VALUES (1, 0, '51', 'officer', "
                    + "'EXAM_SITTING_STARTED', 'exam-sitting', '7', '{}', NULL, '" + "0".repeat(64) + "', '"
                    + startHash + "')");
        }

        Migrations.migrate(dataSource, 0);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT chain_count, chain_head FROM exm_sitting WHERE id = 7")) {
            row.next();
            assertEquals(0, row.getInt(1));
            assertEquals(startHash, row.getString(2), "the genesis of its chain: the hash of its start event");
        }
    }

    /** Officer 1 of the market regulation bureau, as every schema since V10 holds it. */
    private static void insertOfficer(Statement s, String name, String postStatus) throws SQLException {
        s.executeUpdate("INSERT INTO cred_officer (id, name, id_number, agency_code, post_title, employment_type, "
                + "post_status, legal_qualification, legal_reviewer, version, created_at_ms, updated_at_ms) "
                + "VALUES (1, '" + name + "', '500115199001011234', '500115002', '科员', 'REGULAR', '" + postStatus
                + "', FALSE, FALSE, 1, 0, 0)");
    }

    /** A fresh in-memory database migrated up to {@code version}. */
    private static JdbcDataSource databaseAt(String version) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
        return dataSource;
    }
}
