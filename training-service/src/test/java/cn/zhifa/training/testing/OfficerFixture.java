package cn.zhifa.training.testing;

import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import cn.zhifa.platform.testing.TestClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seeds officers for training-service's tests. Officers belong to credential-service, whose API a
 * training test cannot call; this is the one place that writes its table {@code cred_officer} (columns as
 * in its migration V10), with plain JDBC. Everything else in this module reads officers through the
 * published view {@code cred_v_officer}.
 */
public final class OfficerFixture {
    /** Distinct identity numbers across the test JVM (and across runs, through the time part). */
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 10_000_000_000L * 1000);

    private OfficerFixture() {
    }

    /** A regular, on-post officer of {@code agencyCode}; returns the new officer id. */
    public static long officer(String name, String agencyCode) {
        return officer(name, agencyCode, "REGULAR", "ON_POST");
    }

    public static long officer(String name, String agencyCode, String employmentType, String postStatus) {
        return insert(name, nextIdNumber(), agencyCode, employmentType, postStatus);
    }

    /**
     * A fresh identity number that reads as a real one: six digits, a birth date, three digits and the check
     * character (imports verify it). The serial is spread over the sequence, the first six digits and the date.
     */
    public static String nextIdNumber() {
        long serial = SERIAL.incrementAndGet();
        long rest = serial / 1000;
        LocalDate born = LocalDate.of(1900, 1, 1).plusDays(rest / 1_000_000 % 36_500);
        String first17 = String.format("%06d%s%03d", rest % 1_000_000, born.format(DateTimeFormatter.BASIC_ISO_DATE),
                serial % 1000);
        return first17 + ResidentIdChecksum.checkCharacter(first17);
    }

    /** The identity number of an officer (for import files naming officers by it). */
    public static String idNumberOf(long officerId) {
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement select = connection.prepareStatement("SELECT id_number FROM cred_officer WHERE id = ?")) {
            select.setLong(1, officerId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives an officer a credential in {@code status} (columns as in credential-service's migration V10) and returns
     * its fresh number, which names the officer in attendance files.
     */
    public static String credential(long officerId, String agencyCode, String status) {
        String number = agencyCode + String.format("%013d", SERIAL.incrementAndGet() % 10_000_000_000_000L);
        String sql = "INSERT INTO cred_credential (credential_no, officer_id, agency_code, status, issued_on, valid_from,"
                + " valid_until, issued_at_ms, status_changed_at_ms, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            LocalDate today = TestClock.today();
            long now = TestClock.clock().millis();
            insert.setString(1, number);
            insert.setLong(2, officerId);
            insert.setString(3, agencyCode);
            insert.setString(4, status);
            insert.setObject(5, today);
            insert.setObject(6, today);
            insert.setObject(7, today.plusYears(5).minusDays(1));
            insert.setLong(8, now);
            insert.setLong(9, now);
            insert.executeUpdate();
            return number;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed credential " + number, e);
        }
    }

    /** Moves an officer to another agency (a transfer, 调动). */
    public static void transfer(long officerId, String agencyCode) {
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE cred_officer SET agency_code = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, agencyCode);
            update.setLong(2, officerId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts {@code count} regular, on-post officers spread over {@code agencies} in batches, for the
     * benchmark; the caller's connection, its transaction.
     */
    public static void bulk(Connection connection, int count, List<String> agencies) throws SQLException {
        String sql = "INSERT INTO cred_officer (name, id_number, agency_code, post_title, employment_type, post_status,"
                + " legal_qualification, legal_reviewer, version, created_at_ms, updated_at_ms)"
                + " VALUES (?, ?, ?, '科员', 'REGULAR', 'ON_POST', FALSE, FALSE, 1, ?, ?)";
        long now = TestClock.clock().millis();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, "人员" + i);
                insert.setString(2, nextIdNumber());
                insert.setString(3, agencies.get(i % agencies.size()));
                insert.setLong(4, now);
                insert.setLong(5, now);
                insert.addBatch();
                if (i % 1000 == 999 || i == count - 1) {
                    insert.executeBatch();
                }
            }
        }
    }

    private static long insert(String name, String idNumber, String agencyCode, String employmentType,
                               String postStatus) {
        String sql = "INSERT INTO cred_officer (name, id_number, agency_code, post_title, employment_type, post_status,"
                + " legal_qualification, legal_reviewer, version, created_at_ms, updated_at_ms)"
                + " VALUES (?, ?, ?, '科员', ?, ?, FALSE, FALSE, 1, ?, ?)";
        try (Connection connection = TestDatabase.current().connect();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            long now = TestClock.clock().millis();
            insert.setString(1, name);
            insert.setString(2, idNumber);
            insert.setString(3, agencyCode);
            insert.setString(4, employmentType);
            insert.setString(5, postStatus);
            insert.setLong(6, now);
            insert.setLong(7, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed officer " + name, e);
        }
    }
}
