package cn.zhifa.app.load;

import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.CredentialTables.Credential;
import cn.zhifa.platform.testing.CredentialTables.NewOfficer;
import cn.zhifa.platform.testing.CredentialTables.Seeded;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A realistic roster written straight into a migrated database by JDBC batches (100,000 officers take seconds,
 * not one HTTP call each): officers of the Changshou district agencies, each with an ACTIVE market-regulation
 * credential (written by {@link CredentialTables}) and training attendance of this year with its yearly totals,
 * the way the services store them.
 * Rows of the audit record are not written: the data set stands for history before the record began.
 */
public final class DataSet {
    /** The agencies of district 500115 (shr_agency), so every officer is an eligible inspector there. */
    public static final List<String> AGENCIES = List.of("500115002", "500115003", "500115004", "500115005",
            "500115006", "500115007", "500115011", "500115012", "500115021");
    public static final String AREA = "500115";
    public static final String CATEGORY = "MARKET_REGULATION";
    private static final String[] TRAINING = {"COMPREHENSIVE_LAW", "PROFESSIONAL_LAW", "LAW_UPDATE", "POLITICAL", "OTHER"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明"};
    private static final int BATCH = 2_000;
    private static final int COURSES = 10;
    private static final int ATTENDED_PER_OFFICER = 3;

    private DataSet() {
    }

    /**
     * Adds {@code count} officers with credentials (through {@link CredentialTables}) and this year's training
     * ({@code year}) to the database. Returns them in id order.
     */
    public static List<Seeded> officers(Connection connection, int count, int year) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long firstCourse = next(connection, "trn_course");
            long now = System.currentTimeMillis();
            Credential credential = new Credential("ACTIVE", LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31),
                    CATEGORY, List.of(AREA));
            List<Seeded> officers = CredentialTables.write(connection, IntStream.range(0, count)
                    .mapToObj(i -> NewOfficer.regular(name(i), AGENCIES.get(i % AGENCIES.size()), credential)).toList());
            insertTraining(connection, officers, firstCourse, year, now);
            connection.commit();
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
                restart(connection, "trn_course", firstCourse + COURSES);
            }
            return officers;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length] + GIVEN[(i / 7) % GIVEN.length];
    }

    private static void insertTraining(Connection connection, List<Seeded> officers, long firstCourse, int year, long now)
            throws SQLException {
        LocalDate day = LocalDate.of(year, 3, 1);
        try (PreparedStatement course = connection.prepareStatement("INSERT INTO trn_course (id, title, category, "
                + "organizer_agency, half_hours, starts_on, ends_on, credit_year, course_mode, version, created_at_ms, "
                + "created_by) VALUES (?, ?, ?, ?, 16, ?, ?, ?, 'OFFLINE', 1, ?, 'load')")) {
            for (int c = 0; c < COURSES; c++) {
                course.setLong(1, firstCourse + c);
                course.setString(2, "执法培训第" + (c + 1) + "期");
                course.setString(3, TRAINING[c % TRAINING.length]);
                course.setString(4, AGENCIES.get(c % AGENCIES.size()));
                course.setDate(5, Date.valueOf(day.plusWeeks(c)));
                course.setDate(6, Date.valueOf(day.plusWeeks(c)));
                course.setInt(7, year);
                course.setLong(8, now);
                course.addBatch();
            }
            course.executeBatch();
        }
        try (PreparedStatement attendance = connection.prepareStatement("INSERT INTO trn_attendance (course_id, officer_id, "
                + "half_hours, version, recorded_at_ms, recorded_by) VALUES (?, ?, ?, 1, ?, 'load')");
             PreparedStatement total = connection.prepareStatement("INSERT INTO trn_year_total (credit_year, officer_id, "
                     + "comprehensive_half_hours, professional_half_hours, law_update_half_hours, political_half_hours, "
                     + "other_half_hours) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement("INSERT INTO trn_update_total (credit_year, officer_id, "
                     + "organizer_agency, course_count) VALUES (?, ?, ?, 1)")) {
            for (int i = 0; i < officers.size(); i++) {
                long officerId = officers.get(i).id();
                int[] halfHours = new int[TRAINING.length];
                for (int k = 0; k < ATTENDED_PER_OFFICER; k++) {
                    int c = (i + k * 3) % COURSES;
                    int credited = 8 + 2 * ((i + k) % 5);
                    attendance.setLong(1, firstCourse + c);
                    attendance.setLong(2, officerId);
                    attendance.setInt(3, credited);
                    attendance.setLong(4, now);
                    attendance.addBatch();
                    halfHours[c % TRAINING.length] += credited;
                    if (TRAINING[c % TRAINING.length].equals("LAW_UPDATE")) {
                        update.setInt(1, year);
                        update.setLong(2, officerId);
                        update.setString(3, AGENCIES.get(c % AGENCIES.size()));
                        update.addBatch();
                    }
                }
                total.setInt(1, year);
                total.setLong(2, officerId);
                for (int t = 0; t < TRAINING.length; t++) {
                    total.setInt(3 + t, halfHours[t]);
                }
                total.addBatch();
                if ((i + 1) % BATCH == 0 || i == officers.size() - 1) {
                    attendance.executeBatch();
                    total.executeBatch();
                    update.executeBatch();
                }
            }
        }
    }

    private static long next(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void restart(Connection connection, String table, long next) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
