package cn.zhifa.training.mapper;

import com.mysql.cj.jdbc.JdbcConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bulk work of an attendance write: attendance rows and the yearly totals as multi-row statements,
 * on the transaction's own connection. They bypass MyBatis's dynamic
 * SQL on purpose: building a {@code <foreach>} of thousands of parameters cost more than the database's
 * work (profiled at 2,000-row chunks), and the import must keep 50,000 rows/s. A {@link Session} keeps
 * its statements prepared until it is closed, so a 100,000-row import prepares (and Connector/J parses)
 * each statement once rather than once per chunk. Everything else goes through the mappers. Failures are
 * thrown as MyBatis's {@link PersistenceException} with the SQL exception as cause, like a mapper's.
 */
@ApplicationScoped
public class BulkWriter {
    private static final String ATTENDANCE = "INSERT INTO trn_attendance (course_id, officer_id, half_hours,"
            + " batch_id, version, recorded_at_ms, recorded_by) VALUES ";
    private static final String ATTENDANCE_ROW = "(?, ?, ?, ?, 1, ?, ?)";
    /** The text of each multi-row statement, by head and row count. */
    private static final Map<String, String> SQL = new ConcurrentHashMap<>();

    /** MySQL/MariaDB: an upsert adding to the existing totals. */
    private static final Dialect MYSQL = new Dialect(
            "INSERT INTO trn_year_total (credit_year, officer_id, comprehensive_half_hours, professional_half_hours,"
                    + " law_update_half_hours, political_half_hours, other_half_hours) VALUES ",
            "(?, ?, ?, ?, ?, ?, ?)",
            " ON DUPLICATE KEY UPDATE"
                    + " comprehensive_half_hours = comprehensive_half_hours + VALUES(comprehensive_half_hours),"
                    + " professional_half_hours = professional_half_hours + VALUES(professional_half_hours),"
                    + " law_update_half_hours = law_update_half_hours + VALUES(law_update_half_hours),"
                    + " political_half_hours = political_half_hours + VALUES(political_half_hours),"
                    + " other_half_hours = other_half_hours + VALUES(other_half_hours)",
            "INSERT INTO trn_update_total (credit_year, officer_id, organizer_agency, course_count) VALUES ",
            "(?, ?, ?, ?)",
            " ON DUPLICATE KEY UPDATE course_count = course_count + VALUES(course_count)");

    /**
     * H2: its MySQL mode accepts ON DUPLICATE KEY UPDATE but raises and catches an exception per existing
     * row; the standard MERGE does the same many times faster.
     */
    private static final Dialect H2 = new Dialect(
            "MERGE INTO trn_year_total t USING (VALUES ",
            "(CAST(? AS SMALLINT), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT),"
                    + " CAST(? AS INT))",
            ") AS d (credit_year, officer_id, comprehensive, professional, law_update, political, other)"
                    + " ON t.credit_year = d.credit_year AND t.officer_id = d.officer_id"
                    + " WHEN MATCHED THEN UPDATE SET comprehensive_half_hours = t.comprehensive_half_hours + d.comprehensive,"
                    + " professional_half_hours = t.professional_half_hours + d.professional,"
                    + " law_update_half_hours = t.law_update_half_hours + d.law_update,"
                    + " political_half_hours = t.political_half_hours + d.political,"
                    + " other_half_hours = t.other_half_hours + d.other"
                    + " WHEN NOT MATCHED THEN INSERT (credit_year, officer_id, comprehensive_half_hours,"
                    + " professional_half_hours, law_update_half_hours, political_half_hours, other_half_hours)"
                    + " VALUES (d.credit_year, d.officer_id, d.comprehensive, d.professional, d.law_update, d.political,"
                    + " d.other)",
            "MERGE INTO trn_update_total t USING (VALUES ",
            "(CAST(? AS SMALLINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(32)), CAST(? AS INT))",
            ") AS d (credit_year, officer_id, organizer_agency, course_count)"
                    + " ON t.credit_year = d.credit_year AND t.officer_id = d.officer_id"
                    + " AND t.organizer_agency = d.organizer_agency"
                    + " WHEN MATCHED THEN UPDATE SET course_count = t.course_count + d.course_count"
                    + " WHEN NOT MATCHED THEN INSERT (credit_year, officer_id, organizer_agency, course_count)"
                    + " VALUES (d.credit_year, d.officer_id, d.organizer_agency, d.course_count)");

    private record Dialect(String yearHead, String yearRow, String yearTail, String updateHead,
                           String updateRow, String updateTail) {
    }

    @FunctionalInterface
    private interface Binder<T> {
        /** Binds one row's values from parameter index {@code first} on; returns the next free index. */
        int bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private final SqlSession session;

    @Inject
    public BulkWriter(SqlSession session) {
        this.session = session;
    }

    /** Opens a session on the current transaction's connection; close it before the transaction ends. */
    public Session open() {
        Connection connection = session.getConnection();
        try {
            return new Session(connection,
                    "H2".equals(connection.getMetaData().getDatabaseProductName()) ? H2 : MYSQL);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Bulk statements on one connection, each prepared once and reused until {@link #close()}. */
    public static final class Session implements AutoCloseable {
        private final Connection connection;
        private final Dialect dialect;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        private Session(Connection connection, Dialect dialect) {
            this.connection = connection;
            this.dialect = dialect;
        }

        /** Inserts the rows in one statement; the primary key refuses an officer recorded twice for a course. */
        public void insertAttendance(List<NewAttendance> rows, Long batchId, long recordedAtMs, String recordedBy) {
            execute(ATTENDANCE, ATTENDANCE_ROW, "", rows, (statement, i, row) -> {
                statement.setLong(i, row.courseId());
                statement.setLong(i + 1, row.officerId());
                statement.setInt(i + 2, row.hours().halfHours());
                if (batchId == null) {
                    statement.setNull(i + 3, Types.BIGINT);
                } else {
                    statement.setLong(i + 3, batchId);
                }
                statement.setLong(i + 4, recordedAtMs);
                statement.setString(i + 5, recordedBy);
                return i + 6;
            });
        }

        /** Adds the deltas to the yearly totals (creating missing rows). */
        public void addYearTotals(List<YearTotalDelta> deltas) {
            execute(dialect.yearHead(), dialect.yearRow(), dialect.yearTail(), deltas, (statement, i, d) -> {
                statement.setInt(i, d.creditYear());
                statement.setLong(i + 1, d.officerId());
                statement.setInt(i + 2, d.comprehensiveLaw());
                statement.setInt(i + 3, d.professionalLaw());
                statement.setInt(i + 4, d.lawUpdate());
                statement.setInt(i + 5, d.political());
                statement.setInt(i + 6, d.other());
                return i + 7;
            });
        }

        /** Adds the deltas to the counts of update trainings per organiser. */
        public void addUpdateTotals(List<UpdateTotalDelta> deltas) {
            execute(dialect.updateHead(), dialect.updateRow(), dialect.updateTail(), deltas, (statement, i, d) -> {
                statement.setInt(i, d.creditYear());
                statement.setLong(i + 1, d.officerId());
                statement.setString(i + 2, d.organizerAgency());
                statement.setInt(i + 3, d.courseCount());
                return i + 4;
            });
        }

        /** Closes the prepared statements (not the connection, which belongs to the transaction). */
        @Override
        public void close() {
            SQLException failure = null;
            for (PreparedStatement statement : prepared.values()) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            prepared.clear();
            if (failure != null) {
                throw new PersistenceException("Closing bulk statements failed: " + failure.getMessage(), failure);
            }
        }

        private <T> void execute(String head, String row, String tail, List<T> rows, Binder<T> binder) {
            if (rows.isEmpty()) {
                return;
            }
            String sql = SQL.computeIfAbsent(head + rows.size(),
                    key -> head + String.join(",", Collections.nCopies(rows.size(), row)) + tail);
            try {
                PreparedStatement statement = prepare(sql);
                int index = 1;
                for (T value : rows) {
                    index = binder.bind(statement, index, value);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new PersistenceException("Bulk write failed: " + e.getMessage(), e);
            }
        }

        /**
         * On MySQL/MariaDB a server-side prepared statement: the server parses the statement once per import instead
         * of the text of every chunk, and the values travel binary (the import went from about 43,000 to 55,000
         * rows/s with it). Only here: Connector/J's default client-side statements suit the rest of the service.
         */
        private PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.isWrapperFor(JdbcConnection.class)
                        ? connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql)
                        : connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            return statement;
        }
    }
}
