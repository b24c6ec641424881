package cn.zhifa.credential.mapper;

import cn.zhifa.db.GeneratedKey;

import cn.zhifa.credential.domain.CleanupReason;
import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.PostStatus;
import cn.zhifa.credential.domain.ValidityPeriod;
import cn.zhifa.credential.testing.TestOfficers;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mybatis.cdi.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mappers write what the published views show other services (training-service reads cred_v_officer and
 * cred_v_officer_credential, inspection-planner the cred_v_inspector views); checked with plain JDBC.
 */
@HelidonTest
@DatabaseTest
class PublishedViewsTest {
    @Inject
    Writer writer;

    /** Writes through the mappers in one transaction, as a service would. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Writer {
        @Inject
        OfficerMapper officers;
        @Inject
        CredentialMapper credentials;

        @Inject
        CleanupMapper cleanup;

        @Transactional(rollbackFor = Exception.class)
        public long[] officerWithCredential(String idNumber, String number) {
            return officerWithCredential(idNumber, number, PostStatus.ON_POST);
        }

        @Transactional(rollbackFor = Exception.class)
        public long[] retiredOfficerWithListedCredential(String idNumber, String number) {
            long[] ids = officerWithCredential(idNumber, number, PostStatus.RETIRED);
            cleanup.insert(ids[1], CleanupReason.HOLDER_RETIRED, CleanupReason.HOLDER_RETIRED.requiredAction(), 1L);
            return ids;
        }

        private long[] officerWithCredential(String idNumber, String number, PostStatus post) {
            GeneratedKey officerKey = new GeneratedKey();
            officers.insert(new Officer(0, "视图", idNumber, "500115004", "科员", EmploymentType.REGULAR,
                    post, false, false, 0, List.of(), List.of()), 1L, officerKey);
            officers.insertCategories(officerKey.id(), List.of("ECOLOGY_ENVIRONMENT", "AGRICULTURE"));
            officers.insertAreas(officerKey.id(), List.of("500115"));
            GeneratedKey credentialKey = new GeneratedKey();
            credentials.insert(number, officerKey.id(), "500115004", LocalDate.of(2026, 1, 5),
                    ValidityPeriod.ofYears(LocalDate.of(2026, 1, 5), 5), 1L, credentialKey);
            credentials.copyCategoriesFromOfficer(credentialKey.id(), officerKey.id());
            credentials.copyAreasFromOfficer(credentialKey.id(), officerKey.id());
            return new long[]{officerKey.id(), credentialKey.id()};
        }
    }

    @Test
    void shouldPublishTheOfficerWithIdentityNumberAndAgency() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        long officerId = writer.officerWithCredential(idNumber, "VIEW-" + idNumber)[0];
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT officer_id, name, agency_code, employment_type, post_status "
                     + "FROM cred_v_officer WHERE id_number = ?")) {
            q.setString(1, idNumber);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(officerId, rs.getLong(1));
                assertEquals("视图", rs.getString(2));
                assertEquals("500115004", rs.getString(3));
                assertEquals("REGULAR", rs.getString(4));
                assertEquals("ON_POST", rs.getString(5));
            }
        }
    }

    @Test
    void shouldPublishTheInspectorsPostStatusAndCleanUpReasonSoThePlannerCanLeaveHimOut() throws SQLException {
        String onPost = "VIEW-" + TestOfficers.newIdNumber();
        writer.officerWithCredential(onPost.substring(5), onPost);
        String retired = "VIEW-" + TestOfficers.newIdNumber();
        writer.retiredOfficerWithListedCredential(retired.substring(5), retired);
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement(
                     "SELECT status, post_status, cleanup_reason FROM cred_v_inspector WHERE credential_number = ?")) {
            q.setString(1, onPost);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("ON_POST", rs.getString(2));
                assertNull(rs.getString(3));
            }
            q.setString(1, retired);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("ACTIVE", rs.getString(1), "the credential waits to be revoked");
                assertEquals("RETIRED", rs.getString(2));
                assertEquals("HOLDER_RETIRED", rs.getString(3));
                assertFalse(rs.next(), "one row per credential");
            }
        }
    }

    @Test
    void shouldPublishTheInspectorWithTheCredentialsCopiedScope() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        String number = "VIEW-" + idNumber;
        writer.officerWithCredential(idNumber, number);
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement inspector = c.prepareStatement(
                     "SELECT status, valid_from, valid_until FROM cred_v_inspector WHERE credential_number = ?");
             PreparedStatement categories = c.prepareStatement("SELECT category_code FROM cred_v_inspector_category "
                     + "WHERE credential_number = ? ORDER BY category_code")) {
            inspector.setString(1, number);
            try (ResultSet rs = inspector.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("ACTIVE", rs.getString(1));
                assertEquals(LocalDate.of(2026, 1, 5), rs.getObject(2, LocalDate.class));
                assertEquals(LocalDate.of(2031, 1, 4), rs.getObject(3, LocalDate.class));
            }
            categories.setString(1, number);
            try (ResultSet rs = categories.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("AGRICULTURE", rs.getString(1));
                assertTrue(rs.next());
                assertEquals("ECOLOGY_ENVIRONMENT", rs.getString(1));
            }
        }
    }

    /** Training-service finds an attendee by the number of a credential (issue 22 item 11). */
    @Test
    void shouldPublishEveryCredentialNumberWithItsHolder() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        String number = "VIEW-" + idNumber;
        long officerId = writer.officerWithCredential(idNumber, number)[0];
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement(
                     "SELECT officer_id FROM cred_v_officer_credential WHERE credential_number = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(officerId, rs.getLong(1));
                assertFalse(rs.next(), "a credential number names one holder");
            }
        }
    }
}
