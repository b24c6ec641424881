package cn.zhifa.db;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrated schema keeps the data ownership rule, and Chinese text survives the round trip. */
@DatabaseTest
class SchemaRulesTest {
    private static final Pattern OWNED = Pattern.compile("(shr|cred|trn|insp|exm|evd)_[a-z0-9_]+");
    private static HikariDataSource dataSource;

    @BeforeAll
    static void migrate() {
        TestDatabase database = TestDatabase.current();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.url());
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        MigrateResult result = Migrations.migrate(dataSource, 0);
        assertTrue(result.success);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    private static List<String> tables(String... types) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", types)) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    @Test
    void shouldNameEveryTableAfterTheModuleThatOwnsIt() throws SQLException {
        List<String> tables = tables("TABLE");
        assertTrue(tables.contains("shr_audit_event"), tables.toString());
        List<String> unowned = tables.stream()
                .filter(name -> !name.equals("flyway_schema_history"))
                .filter(name -> !OWNED.matcher(name).matches())
                .toList();
        assertEquals(List.of(), unowned, "tables without an owner prefix");
    }

    @Test
    void shouldPublishCrossModuleDataOnlyThroughNamedViews() throws SQLException {
        List<String> badViews = tables("VIEW").stream()
                .filter(name -> !name.matches("(cred|trn|insp)_v_[a-z0-9_]+"))
                .toList();
        assertEquals(List.of(), badViews, "views must be named <owner>_v_<name>");
    }

    @Test
    void shouldKeepChineseTextIntact() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name FROM shr_division WHERE code = '500243'")) {
            assertTrue(rs.next());
            assertEquals("彭水苗族土家族自治县", rs.getString(1));
        }
    }

    @Test
    void shouldSeedEveryCountyOfChongqingUnderItsGrouping() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT COUNT(*) FROM shr_division WHERE level_no = 3 AND parent_code IN ('500100', '500200')")) {
            assertTrue(rs.next());
            assertEquals(38, rs.getInt(1));
        }
        assertFalse(tables("TABLE").isEmpty());
    }
}
