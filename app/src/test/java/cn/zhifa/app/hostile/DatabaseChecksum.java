package cn.zhifa.app.hostile;

import cn.zhifa.db.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of every row of every table of the test database (H2 or MariaDB/MySQL): tables listed
 * from INFORMATION_SCHEMA, rows read in primary-key order, every column hashed. Nothing is excluded, so a
 * refused request that writes anything at all (a row, an audit event, an idempotency key, a job run)
 * changes it; {@link #differences} names the tables that changed.
 */
public final class DatabaseChecksum {
    private DatabaseChecksum() {
    }

    /** Table name → SHA-256 of its rows, in name order. */
    public static Map<String, String> take() {
        TestDatabase database = TestDatabase.current();
        try (Connection connection = database.connect()) {
            String schema = database.isMysql() ? connection.getCatalog() : connection.getSchema();
            Map<String, String> tables = new TreeMap<>();
            for (String table : tables(connection, schema)) {
                tables.put(table.toLowerCase(java.util.Locale.ROOT), hash(connection, schema, table));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the database checksum: " + e.getMessage(), e);
        }
    }

    /** Table name → number of rows: cheap enough to take after every request. */
    public static Map<String, Long> rowCounts() {
        TestDatabase database = TestDatabase.current();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            String schema = database.isMysql() ? connection.getCatalog() : connection.getSchema();
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables(connection, schema)) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table.toLowerCase(java.util.Locale.ROOT), rows.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows: " + e.getMessage(), e);
        }
    }

    /** The tables whose rows differ (or that exist in only one of the two). */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : new java.util.TreeSet<>(union(before, after))) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                changed.add(table);
            }
        }
        return changed;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE IN ('BASE TABLE', 'TABLE') "
                        + "ORDER BY TABLE_NAME")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No tables in schema " + schema);
        }
        return tables;
    }

    private static List<String> primaryKey(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t "
                        + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = t.CONSTRAINT_NAME "
                        + "AND k.TABLE_SCHEMA = t.TABLE_SCHEMA AND k.TABLE_NAME = t.TABLE_NAME "
                        + "WHERE t.CONSTRAINT_TYPE = 'PRIMARY KEY' AND t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ? "
                        + "ORDER BY k.ORDINAL_POSITION")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static String hash(Connection connection, String schema, String table) throws SQLException {
        List<String> key = primaryKey(connection, schema, table);
        MessageDigest digest = sha256();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table
                     + (key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key)))) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> unordered = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    String text = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
                    row.append(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)).append('=')
                            .append(text.length()).append(':').append(text).append('\u0001');
                }
                if (key.isEmpty()) {
                    unordered.add(row.toString());
                } else {
                    digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            // a table without a primary key: order the rows themselves
            unordered.stream().sorted().forEach(row -> digest.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
