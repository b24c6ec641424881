package cn.zhifa.platform.testing;

import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.identity.ResidentIdChecksum;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The one place tests write credential-service's tables directly (plain JDBC, columns as its migrations define
 * them): for modules that cannot call its API (training-service, inspection-planner) and for data sets too large
 * for one call per officer. They then read officers exactly as in production, through the published views
 * ({@code cred_v_officer}, {@code cred_v_inspector}, ...). Officers with a credential get what credential-service
 * stores at issue: the officer's scope, the credential with its scope codes and its first term, and the officer's
 * current credential. Timestamps come from {@link TestClock}.
 */
public final class CredentialTables {
    /** Distinct identity numbers across the test JVM (and across runs, through the time part). */
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 10_000_000_000L * 1000);
    /** Rows per batch: a data set of 100,000 officers does not hold all its statements at once. */
    private static final int BATCH = 2_000;
    private static final int SEEDED_YEAR = 2000;

    private CredentialTables() {
    }

    /** A credential to write: its status, validity and scope (one category, any areas). */
    public record Credential(String status, LocalDate validFrom, LocalDate validUntil, String category,
                             List<String> areas) {
        /** ACTIVE, valid 2020-2099. */
        public static Credential active(String category, String... areas) {
            return new Credential("ACTIVE", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), category,
                    List.of(areas));
        }
    }

    /**
     * An officer to write (post title 科员, no legal reviewer), with or without 法律职业资格 ({@code legal_qualification}),
     * with a credential or without ({@code null}).
     */
    public record NewOfficer(String name, String idNumber, String agency, String employmentType, String postStatus,
                             boolean legalQualification, Credential credential) {
        /** A regular, on-post officer with a fresh identity number and no legal qualification. */
        public static NewOfficer regular(String name, String agency, Credential credential) {
            return new NewOfficer(name, nextIdNumber(), agency, "REGULAR", "ON_POST", false, credential);
        }
    }

    /** A written officer: the id and the credential's number ({@code null} without one). */
    public record Seeded(long id, String name, String credentialNumber) {
    }

    /** A regular, on-post officer of {@code agency} without a credential; the new id. */
    public static long officer(String name, String agency) {
        return officer(name, agency, false);
    }

    /**
     * A regular, on-post officer of {@code agency} without a credential, holding 法律职业资格 or not (which exempts
     * from the comprehensive law exam); the new id.
     */
    public static long officer(String name, String agency, boolean legalQualification) {
        return one(new NewOfficer(name, nextIdNumber(), agency, "REGULAR", "ON_POST", legalQualification, null));
    }

    public static long officer(String name, String agency, String employmentType, String postStatus) {
        return one(new NewOfficer(name, nextIdNumber(), agency, employmentType, postStatus, false, null));
    }

    /** A regular, on-post officer of 500115002 holding an ACTIVE credential valid 2020-2099; the new id. */
    public static long inspector(String name, String category, String... areas) {
        return one(NewOfficer.regular(name, "500115002", Credential.active(category, areas)));
    }

    /** A regular, on-post officer of {@code agency} holding an ACTIVE credential valid 2020-2099; the new id. */
    public static long inspectorOf(String agency, String name, String category, String... areas) {
        return one(NewOfficer.regular(name, agency, Credential.active(category, areas)));
    }

    /** A regular, on-post officer of 500115002 holding this credential; the new id. */
    public static long inspector(String name, Credential credential) {
        return one(NewOfficer.regular(name, "500115002", credential));
    }

    /**
     * Writes the officers on the caller's connection (its transaction) in batches; returns them in order. The
     * credential numbers have the shape of credential-service's (agency, year, serial) with the year 2000, before
     * any the server numbers, and the officer's id as serial: they never meet a number the server gives.
     */
    public static List<Seeded> write(Connection connection, List<NewOfficer> officers) throws SQLException {
        List<Seeded> seeded = new ArrayList<>(officers.size());
        for (int from = 0; from < officers.size(); from += BATCH) {
            seeded.addAll(batch(connection, officers.subList(from, Math.min(officers.size(), from + BATCH))));
        }
        return seeded;
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

    /**
     * Gives an officer seeded without a credential one in {@code status}, numbered as {@link #write} numbers them,
     * and returns the number (which names the officer in attendance files). Only the credential row: not the
     * officer's current credential or its scope.
     */
    public static String credential(long officerId, String agency, String status) {
        String number = agency + SEEDED_YEAR + String.format("%07d", officerId);
        LocalDate today = TestClock.today();
        long now = TestClock.clock().millis();
        update("INSERT INTO cred_credential (credential_no, officer_id, agency_code, status, issued_on, valid_from, "
                + "valid_until, issued_at_ms, status_changed_at_ms, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                number, officerId, agency, status, today, today, today.plusYears(5).minusDays(1), now, now);
        return number;
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

    /** Moves an officer to another agency (a transfer, 调动). */
    public static void transfer(long officerId, String agency) {
        update("UPDATE cred_officer SET agency_code = ?, version = version + 1 WHERE id = ?", agency, officerId);
    }

    /**
     * The officer retires (退休) and the credential goes onto the clean-up list to be revoked, as credential-service
     * records it; the credential itself stays ACTIVE until the judicial bureau revokes it.
     */
    public static void retire(long officerId) {
        update("UPDATE cred_officer SET post_status = 'RETIRED' WHERE id = ?", officerId);
        update("INSERT INTO cred_cleanup_item (credential_id, reason, required_action, listed_at_ms) "
                + "SELECT current_credential_id, 'HOLDER_RETIRED', 'REVOKE', 0 FROM cred_officer WHERE id = ?", officerId);
    }

    private static long one(NewOfficer officer) {
        try (Connection connection = TestDatabase.current().connect()) {
            connection.setAutoCommit(false);
            long id = write(connection, List.of(officer)).getFirst().id();
            connection.commit();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed officer " + officer.name(), e);
        }
    }

    private static List<Seeded> batch(Connection connection, List<NewOfficer> officers) throws SQLException {
        long now = TestClock.clock().millis();
        long[] ids = insert(connection, "INSERT INTO cred_officer (name, id_number, agency_code, post_title, "
                + "employment_type, post_status, legal_qualification, legal_reviewer, version, created_at_ms, "
                + "updated_at_ms) VALUES (?, ?, ?, '科员', ?, ?, ?, FALSE, 1, ?, ?)", officers.stream()
                .map(o -> List.<Object>of(o.name(), o.idNumber(), o.agency(), o.employmentType(), o.postStatus(),
                        o.legalQualification(), now, now))
                .toList());
        List<Integer> holders = IntStream.range(0, officers.size()).filter(i -> officers.get(i).credential() != null)
                .boxed().toList();
        String[] numbers = new String[officers.size()];
        List<List<Object>> credentials = new ArrayList<>();
        for (int i : holders) {
            NewOfficer officer = officers.get(i);
            Credential credential = officer.credential();
            numbers[i] = officer.agency() + SEEDED_YEAR + String.format("%07d", ids[i]);
            credentials.add(List.of(numbers[i], ids[i], officer.agency(), credential.status(), credential.validFrom(),
                    credential.validFrom(), credential.validUntil(), now, now, credential.category(),
                    String.join(",", credential.areas().stream().sorted().toList())));
        }
        long[] credentialIds = insert(connection, "INSERT INTO cred_credential (credential_no, officer_id, agency_code, "
                + "status, issued_on, valid_from, valid_until, issued_at_ms, status_changed_at_ms, version, "
                + "category_codes, area_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", credentials);
        List<List<Object>> officerCategories = new ArrayList<>();
        List<List<Object>> officerAreas = new ArrayList<>();
        List<List<Object>> credentialCategories = new ArrayList<>();
        List<List<Object>> credentialAreas = new ArrayList<>();
        List<List<Object>> terms = new ArrayList<>();
        List<List<Object>> current = new ArrayList<>();
        for (int k = 0; k < holders.size(); k++) {
            long officerId = ids[holders.get(k)];
            Credential credential = officers.get(holders.get(k)).credential();
            officerCategories.add(List.of(officerId, credential.category()));
            credentialCategories.add(List.of(credentialIds[k], credential.category()));
            for (String area : credential.areas()) {
                officerAreas.add(List.of(officerId, area));
                credentialAreas.add(List.of(credentialIds[k], area));
            }
            terms.add(List.of(credentialIds[k], credential.validFrom(), credential.validUntil(), now));
            current.add(List.of(credentialIds[k], officerId));
        }
        // the scope rows after their parents (foreign keys), then the officer's current credential
        execute(connection, "INSERT INTO cred_officer_category (officer_id, category_code) VALUES (?, ?)",
                officerCategories);
        execute(connection, "INSERT INTO cred_officer_area (officer_id, area_code) VALUES (?, ?)", officerAreas);
        execute(connection, "INSERT INTO cred_credential_category (credential_id, category_code) VALUES (?, ?)",
                credentialCategories);
        execute(connection, "INSERT INTO cred_credential_area (credential_id, area_code) VALUES (?, ?)",
                credentialAreas);
        execute(connection, "INSERT INTO cred_credential_term (credential_id, term_no, valid_from, valid_until, "
                + "started_at_ms) VALUES (?, 1, ?, ?, ?)", terms);
        execute(connection, "UPDATE cred_officer SET current_credential_id = ? WHERE id = ?", current);
        List<Seeded> seeded = new ArrayList<>(officers.size());
        for (int i = 0; i < officers.size(); i++) {
            seeded.add(new Seeded(ids[i], officers.get(i).name(), numbers[i]));
        }
        return seeded;
    }

    /** Runs the insert once per row of parameters as one batch; the generated keys, in the order of the rows. */
    private static long[] insert(Connection connection, String sql, List<List<Object>> rows) throws SQLException {
        long[] keys = new long[rows.size()];
        if (rows.isEmpty()) {
            return keys;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, rows);
            try (ResultSet generated = insert.getGeneratedKeys()) {
                for (int i = 0; i < keys.length; i++) {
                    if (!generated.next()) {
                        throw new IllegalStateException("the database returned " + i + " keys for " + keys.length
                                + " rows");
                    }
                    keys[i] = generated.getLong(1);
                }
            }
        }
        return keys;
    }

    private static void execute(Connection connection, String sql, List<List<Object>> rows) throws SQLException {
        if (!rows.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, rows);
            }
        }
    }

    private static void bind(PreparedStatement statement, List<List<Object>> rows) throws SQLException {
        for (List<Object> row : rows) {
            for (int p = 0; p < row.size(); p++) {
                statement.setObject(p + 1, row.get(p));
            }
            statement.addBatch();
        }
        statement.executeBatch();
    }

    private static void update(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.current().connect()) {
            execute(connection, sql, List.of(List.of(parameters)));
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
