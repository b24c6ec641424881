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
