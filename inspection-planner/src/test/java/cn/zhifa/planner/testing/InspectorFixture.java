package cn.zhifa.planner.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.planner.domain.CreditCode;

/**
 * The only place where planner tests write credential-service's tables (plain JDBC), so the planner reads its
 * inspectors exactly as in production: through {@code cred_v_inspector}, {@code cred_v_inspector_category} and
 * {@code cred_v_inspector_area}. Also makes valid random credit codes.
 */
public final class InspectorFixture {

    private InspectorFixture() {
    }

    /** An officer with an ACTIVE credential valid 2020-2099 for one category and the given areas. */
    public static long inspector(String name, String category, String... areas) {
        return inspector(name, "ACTIVE", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), category, areas);
    }

    /** An officer of {@code agencyCode} with an ACTIVE credential valid 2020-2099 for one category and the areas. */
    public static long inspectorOf(String agencyCode, String name, String category, String... areas) {
        return inspector(agencyCode, name, "ACTIVE", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), category,
                areas);
    }

    public static long inspector(String name, String status, LocalDate validFrom, LocalDate validUntil,
                                 String category, String... areas) {
        return inspector("500115002", name, status, validFrom, validUntil, category, areas);
    }

    private static long inspector(String agencyCode, String name, String status, LocalDate validFrom,
                                  LocalDate validUntil, String category, String... areas) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String idNumber = "5001151990" + String.format("%08d", random.nextInt(100_000_000));
        String credentialNo = "TEST" + Long.toString(random.nextLong(1L << 40, 1L << 50), 36).toUpperCase();
        try (Connection c = TestDatabase.current().connect()) {
            long officerId;
            try (PreparedStatement o = c.prepareStatement("INSERT INTO cred_officer (name, id_number, agency_code, "
                    + "post_title, employment_type, post_status, legal_qualification, legal_reviewer, version, "
                    + "created_at_ms, updated_at_ms) VALUES (?, ?, ?, '科员', 'REGULAR', 'ON_POST', FALSE, "
                    + "FALSE, 1, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
                o.setString(1, name);
                o.setString(2, idNumber);
                o.setString(3, agencyCode);
                o.executeUpdate();
                officerId = key(o);
            }
            long credentialId;
            try (PreparedStatement k = c.prepareStatement("INSERT INTO cred_credential (credential_no, officer_id, "
                    + "agency_code, status, issued_on, valid_from, valid_until, issued_at_ms, status_changed_at_ms, "
                    + "version, category_codes, area_codes) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 1, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                k.setString(1, credentialNo);
                k.setLong(2, officerId);
                k.setString(3, agencyCode);
                k.setString(4, status);
                k.setObject(5, validFrom);
                k.setObject(6, validFrom);
                k.setObject(7, validUntil);
                k.setString(8, category);
                k.setString(9, String.join(",", Arrays.stream(areas).sorted().toList()));
                k.executeUpdate();
                credentialId = key(k);
            }
            try (PreparedStatement current = c.prepareStatement(
                    "UPDATE cred_officer SET current_credential_id = ? WHERE id = ?")) {
                current.setLong(1, credentialId);
                current.setLong(2, officerId);
                current.executeUpdate();
            }
            try (PreparedStatement cat = c.prepareStatement(
                    "INSERT INTO cred_credential_category (credential_id, category_code) VALUES (?, ?)")) {
                cat.setLong(1, credentialId);
                cat.setString(2, category);
                cat.executeUpdate();
            }
            for (String area : areas) {
                try (PreparedStatement a = c.prepareStatement(
                        "INSERT INTO cred_credential_area (credential_id, area_code) VALUES (?, ?)")) {
                    a.setLong(1, credentialId);
                    a.setString(2, area);
                    a.executeUpdate();
                }
            }
            return officerId;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The officer retires (退休) and the credential goes onto the clean-up list to be revoked, as credential-service
     * records it; the credential itself stays ACTIVE until the judicial bureau revokes it.
     */
    public static void retire(long officerId) {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement post = c.prepareStatement("UPDATE cred_officer SET post_status = 'RETIRED' WHERE id = ?");
             PreparedStatement listed = c.prepareStatement("INSERT INTO cred_cleanup_item (credential_id, reason, "
                     + "required_action, listed_at_ms) SELECT current_credential_id, 'HOLDER_RETIRED', 'REVOKE', 0 "
                     + "FROM cred_officer WHERE id = ?")) {
            post.setLong(1, officerId);
            post.executeUpdate();
            listed.setLong(1, officerId);
            listed.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long key(Statement s) throws SQLException {
        try (ResultSet rs = s.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A valid unified social credit code registered in {@code area}. */
    public static String creditCode(String area) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("91").append(area);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }

    /** An import file: {@code count} targets of one industry in one area, risk and credit levels cycling. */
    public static String targetsCsv(String area, String industry, int count, List<String> codesOut) {
        StringBuilder csv = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
        String[] risks = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
        String[] credits = {"A", "B", "C", "D"};
        for (int i = 0; i < count; i++) {
            String code = creditCode(area);
            codesOut.add(code);
            csv.append(code).append(",测试企业").append(i).append(',').append(industry).append(',').append(area)
                    .append(',').append(risks[i % 4]).append(',').append(credits[(i / 4) % 4]).append(",测试地址\n");
        }
        return csv.toString();
    }
}
