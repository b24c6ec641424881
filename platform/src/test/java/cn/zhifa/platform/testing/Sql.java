package cn.zhifa.platform.testing;

import cn.zhifa.db.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC reads, so that tests check writes without going through the mappers under test. */
public final class Sql {
    private Sql() {
    }

    /** The first column of the first row as a long (0 when there is no row or it is NULL). */
    public static long number(String sql, Object... args) {
        return first(sql, args, rs -> rs.getLong(1), 0L);
    }

    /** The first column of the first row as text, {@code null} when there is no row. */
    public static String text(String sql, Object... args) {
        return first(sql, args, rs -> rs.getString(1), null);
    }

    /**
     * A write behind the application's back: what an operator with database access, or the passing of time, would
     * do (e.g. age a row past a limit). The count of rows changed.
     */
    public static int update(String sql, Object... args) {
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            int changed = statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T first(String sql, Object[] args, Column<T> column, T none) {
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? column.read(rs) : none;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
