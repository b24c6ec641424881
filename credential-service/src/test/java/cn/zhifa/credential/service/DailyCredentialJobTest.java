package cn.zhifa.credential.service;

import cn.zhifa.credential.testing.CredentialSteps;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily job: expiry without anyone looking, the clean-up list, and one run per day across instances. */
@HelidonTest
@DatabaseTest
class DailyCredentialJobTest {
    private static final LocalDate TODAY = TestClock.today();

    @Inject
    WebTarget target;
    @Inject
    DailyCredentialJob job;

    @Test
    void shouldExpireEndedCredentialsAndListThemForRecovery() throws SQLException {
        ApiClient api = ApiClient.of(target);
        CredentialSteps steps = new CredentialSteps(api);
        String ended = steps.issue(steps.eligibleOfficer("到期"));
        String current = steps.issue(steps.eligibleOfficer("未到期"));
        setValidUntil(ended, TODAY.minusDays(1));
        setValidUntil(current, TODAY);

        assertTrue(job.runFor(TODAY));

        assertEquals("EXPIRED", status(ended));
        assertEquals("ACTIVE", status(current), "valid through its last day");
        JsonObject entry = api.get("/api/v1/credentials/cleanup", as(JUDICIAL)).array().stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("number").equals(ended)).findFirst().orElseThrow();
        assertEquals("EXPIRED", entry.getString("reason"));
        assertEquals("recover", entry.getString("requiredAction"));
        assertEquals("system", api.get("/api/v1/credentials/" + ended + "/events", as(JUDICIAL)).array()
                .stream().map(JsonObject.class::cast).filter(e -> e.getString("type").equals("CREDENTIAL_EXPIRED"))
                .findFirst().orElseThrow().getString("actor"));
    }

    @Test
    void shouldRunADaysJobOnlyOnceHoweverOftenItIsStarted() throws SQLException {
        LocalDate day = LocalDate.of(2001, 1, 1);
        assertTrue(job.runFor(day));
        assertFalse(job.runFor(day));
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM shr_job_run WHERE job_name = ? AND run_key = ?")) {
            q.setString(1, "credential-daily");
            q.setString(2, day.toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    private static void setValidUntil(String number, LocalDate until) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement u = c.prepareStatement("UPDATE cred_credential SET valid_until = ? WHERE credential_no = ?")) {
            u.setObject(1, until);
            u.setString(2, number);
            assertEquals(1, u.executeUpdate());
        }
    }

    private static String status(String number) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT status FROM cred_credential WHERE credential_no = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
