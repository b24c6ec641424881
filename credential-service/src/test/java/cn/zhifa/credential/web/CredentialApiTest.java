package cn.zhifa.credential.web;

import cn.zhifa.credential.testing.CredentialSteps;
import cn.zhifa.credential.testing.StubTrainingDuty;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.TestClock;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.testing.ApiClient.NOBODY;
import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Credentials end to end: issue, every action, renewal, annual review, history, clean-up and roles. */
@HelidonTest
@DatabaseTest
class CredentialApiTest {
    private static final LocalDate TODAY = TestClock.today();

    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private CredentialSteps steps() {
        return new CredentialSteps(api());
    }

    @Test
    void shouldIssueANumberedCredentialWithTheOfficersScopeCopied() throws SQLException {
        long officer = steps().eligibleOfficer("刘洋");

        Reply issued = api().post("/api/v1/credentials", "{\"officerId\":" + officer + "}", as(JUDICIAL));

        assertEquals(201, issued.status(), issued.body());
        JsonObject credential = issued.json();
        String number = credential.getString("number");
        assertTrue(number.matches("500115002" + TODAY.getYear() + "\\d{5}"), number);
        assertEquals("ACTIVE", credential.getString("status"));
        assertEquals(TODAY.toString(), credential.getString("validFrom"));
        // the day before the fifth anniversary; the anniversary of 29 February in a common year is 1 March
        LocalDate anniversary = TODAY.plusYears(5);
        if (MonthDay.from(TODAY).equals(MonthDay.of(2, 29)) && !anniversary.isLeapYear()) {
            anniversary = anniversary.plusDays(1);
        }
        assertEquals(anniversary.minusDays(1).toString(), credential.getString("validUntil"));
        assertEquals("MARKET_REGULATION", credential.getJsonArray("categories").getJsonObject(0).getString("code"));
        assertTrue(issued.contentType().startsWith("application/json"));
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT v.status, v.officer_id, a.area_code FROM cred_v_inspector v "
                     + "JOIN cred_v_inspector_area a ON a.credential_number = v.credential_number WHERE v.credential_number = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "published to the inspector directory");
                assertEquals("ACTIVE", rs.getString(1));
                assertEquals(officer, rs.getLong(2));
                assertEquals("500115", rs.getString(3));
            }
        }
    }

    @Test
    void shouldGiveConsecutiveNumbersThatAreNeverReused() {
        String first = steps().issue(steps().eligibleOfficer("甲一"));
        String second = steps().issue(steps().eligibleOfficer("甲二"));
        assertEquals(Long.parseLong(first.substring(13)) + 1, Long.parseLong(second.substring(13)));
        assertEquals(first.substring(0, 13), second.substring(0, 13));
    }

    @Test
    void shouldRefuseAnIneligibleOfficerWithEveryUnmetRule() {
        long assistant = steps().createOfficer("协管员", "ASSISTANT", "ON_POST", false, false, "500115002");

        Reply refused = api().post("/api/v1/credentials", "{\"officerId\":" + assistant + "}", as(JUDICIAL));

        assertEquals(422, refused.status());
        assertEquals(List.of("ASSISTANT_NEVER_HOLDS", "COMPREHENSIVE_EXAM_MISSING", "PROFESSIONAL_EXAM_MISSING"),
                refused.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                        .map(e -> e.getString("code")).toList());
        assertTrue(refused.body().contains("行政执法辅助人员不得申领行政执法证件"), refused.body());
    }

    @Test
    void shouldRefuseASecondLiveCredentialAndUnknownOfficers() {
        long officer = steps().eligibleOfficer("双证");
        String number = steps().issue(officer);
        Reply twice = api().post("/api/v1/credentials", "{\"officerId\":" + officer + "}", as(JUDICIAL));
        assertEquals(409, twice.status());
        assertTrue(twice.json().getString("detail").contains(number));
        assertEquals(404, api().post("/api/v1/credentials", "{\"officerId\":987654321}", as(JUDICIAL)).status());
        assertEquals(400, api().post("/api/v1/credentials", "{}", as(JUDICIAL)).status());
        assertEquals(403, api().post("/api/v1/credentials", "{\"officerId\":" + officer + "}", as(HR)).status());
    }

    @Test
    void shouldWalkTheWholeLifeCycleAndRecordEveryStep() throws SQLException {
        String number = steps().issue(steps().eligibleOfficer("全程"));

        assertStatus(steps().act(number, "suspend", "UNDER_INVESTIGATION"), "SUSPENDED");
        assertStatus(steps().act(number, "reinstate", "GROUNDS_CLEARED"), "ACTIVE");
        assertStatus(steps().act(number, "revoke", "SERIOUS_MISCONDUCT"), "REVOKED");
        assertStatus(steps().act(number, "recover", "SEIZED"), "RECOVERED");
        assertStatus(steps().act(number, "destroy", "SCHEDULED_DESTRUCTION"), "DESTROYED");

        Reply events = api().get("/api/v1/credentials/" + number + "/events", as(HR));
        assertEquals(200, events.status());
        List<String> types = events.array().stream().map(JsonObject.class::cast).map(e -> e.getString("type")).toList();
        assertEquals(List.of("OFFICER_CREATED", "EXAM_RECORDED", "EXAM_RECORDED", "CREDENTIAL_ISSUED",
                "CREDENTIAL_SUSPENDED", "CREDENTIAL_REINSTATED", "CREDENTIAL_REVOKED", "CREDENTIAL_RECOVERED",
                "CREDENTIAL_DESTROYED"), types);
        JsonObject suspended = events.array().getJsonObject(4);
        assertEquals("judicial-test", suspended.getString("actor"));
        assertEquals("涉嫌违法违纪，正在接受调查", suspended.getString("reasonText"));
        assertEquals(List.of("CREDENTIAL_ISSUED", "CREDENTIAL_SUSPENDED", "CREDENTIAL_REINSTATED", "CREDENTIAL_REVOKED",
                "CREDENTIAL_RECOVERED", "CREDENTIAL_DESTROYED"), auditActions(number));
    }

    @Test
    void shouldRefuseIllegalTransitionsWith409AndChangeNothing() throws SQLException {
        String number = steps().issue(steps().eligibleOfficer("非法"));

        Reply illegal = steps().act(number, "destroy", "SCHEDULED_DESTRUCTION");
        assertEquals(409, illegal.status());
        assertEquals("urn:zhifa:problem:CREDENTIAL_TRANSITION_ILLEGAL", illegal.json().getString("type"));
        assertEquals(409, steps().act(number, "reinstate", "GROUNDS_CLEARED").status());
        assertEquals(409, steps().act(number, "recover", "SEIZED").status());
        assertEquals("ACTIVE", statusInDatabase(number));
        assertEquals(List.of("CREDENTIAL_ISSUED"), auditActions(number));
    }

    @Test
    void shouldRefuseReasonsOutsideTheFixedListOrForAnotherAction() {
        String number = steps().issue(steps().eligibleOfficer("事由"));
        Reply wrongAction = steps().act(number, "suspend", "HOLDER_RETIRED");
        assertEquals(400, wrongAction.status());
        assertEquals("REASON_NOT_ALLOWED", wrongAction.codes().getFirst());
        assertEquals(400, steps().act(number, "suspend", "BECAUSE").status());
        assertEquals(400, steps().act(number, "suspend", "ANNUAL_REVIEW_FAILED").status(), "set by reviews only");
        assertEquals(400, api().post("/api/v1/credentials/" + number + "/suspend", "{}", as(JUDICIAL)).status());
        assertEquals(404, steps().act(number, "expire", "VALIDITY_ENDED").status());
        assertEquals(404, steps().act("NO-SUCH-NUMBER", "suspend", "UNDER_INVESTIGATION").status());
        assertEquals(403, api().post("/api/v1/credentials/" + number + "/suspend",
                "{\"reason\":\"UNDER_INVESTIGATION\"}", as(HR)).status());
    }

    @Test
    void shouldRenewUnderTheSameNumberWithANewValidityAndTheCurrentScope() throws SQLException {
        long officer = steps().eligibleOfficer("换证");
        String number = steps().issue(officer);
        int version = api().get("/api/v1/officers/" + officer, as(HR)).json().getInt("version");
        api().patch("/api/v1/officers/" + officer, "{\"version\":" + version + ",\"areas\":[\"500115\",\"500102\"]}", as(HR));
        backdateValidity(number, TODAY.minusYears(5).plusDays(10), TODAY.plusDays(9));

        Reply renewed = steps().act(number, "renew", "VALIDITY_ENDING");

        assertStatus(renewed, "ACTIVE");
        assertEquals(number, renewed.json().getString("number"));
        assertEquals(TODAY.toString(), renewed.json().getString("validFrom"));
        assertEquals(2, renewed.json().getJsonArray("areas").size());
        // the public verification reads the scope from the credential's own code lists (V34): renewed with it
        JsonArray publicAreas = api().get("/public/v1/credentials/" + number, NOBODY).json().getJsonArray("areas");
        assertEquals(List.of("500102", "500115"), publicAreas.stream()
                .map(area -> area.asJsonObject().getString("code")).toList());
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM cred_credential_term t "
                     + "JOIN cred_credential c ON c.id = t.credential_id WHERE c.credential_no = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getInt(1), "both validity periods kept");
            }
        }
    }

    @Test
    void shouldRefuseRenewalForAHolderWhoMovedOrIsNoLongerEligible() {
        long officer = steps().eligibleOfficer("调动");
        String number = steps().issue(officer);
        api().patch("/api/v1/officers/" + officer, "{\"version\":1,\"agencyCode\":\"500115003\"}", as(HR));

        Reply refused = steps().act(number, "renew", "INFORMATION_CHANGED");

        assertEquals(422, refused.status());
        assertEquals("HOLDER_TRANSFERRED", refused.codes().getFirst());
    }

    @Test
    void shouldPassAReviewWithLastYearsTrainingAndSuspendOnFailure() throws SQLException {
        long officer = steps().eligibleOfficer("年审");
        String number = steps().issue(officer);
        backdateIssue(number, TODAY.minusYears(2));
        int year = TODAY.getYear();
        StubTrainingDuty.set(officer, year - 1, "64.5", 1);

        Reply passed = api().post("/api/v1/credentials/" + number + "/reviews", "{\"year\":" + year + "}", as(JUDICIAL));
        assertEquals(200, passed.status(), passed.body());
        assertTrue(passed.json().getBoolean("passed"));
        assertEquals("ACTIVE", passed.json().getJsonObject("credential").getString("status"));

        StubTrainingDuty.set(officer, year - 1, "40", 0);
        Reply failed = api().post("/api/v1/credentials/" + number + "/reviews", "{\"year\":" + year + "}", as(JUDICIAL));
        assertFalse(failed.json().getBoolean("passed"));
        assertEquals(List.of("TRAINING_HOURS_SHORT", "UPDATE_TRAINING_MISSING"), failed.json().getJsonArray("reasons")
                .stream().map(JsonObject.class::cast).map(r -> r.getString("code")).toList());
        assertEquals("SUSPENDED", failed.json().getJsonObject("credential").getString("status"));
        assertEquals("ANNUAL_REVIEW_FAILED", failed.json().getJsonObject("credential").getString("statusReason"));

        StubTrainingDuty.set(officer, year - 1, "60", 1);
        Reply madeUp = api().post("/api/v1/credentials/" + number + "/reviews", "{\"year\":" + year + "}", as(JUDICIAL));
        assertEquals("ACTIVE", madeUp.json().getJsonObject("credential").getString("status"));
        assertEquals(3, countRows("SELECT COUNT(*) FROM cred_review r JOIN cred_credential c ON c.id = r.credential_id "
                + "WHERE c.credential_no = ?", number));
    }

    @Test
    void shouldRefuseAReviewOfAYearNotDue() {
        String number = steps().issue(steps().eligibleOfficer("未到"));
        Reply refused = api().post("/api/v1/credentials/" + number + "/reviews",
                "{\"year\":" + TODAY.getYear() + "}", as(JUDICIAL));
        assertEquals(422, refused.status());
        assertEquals("REVIEW_YEAR_NOT_DUE", refused.codes().getFirst());
        assertEquals(400, api().post("/api/v1/credentials/" + number + "/reviews", "{}", as(JUDICIAL)).status());
    }

    @Test
    void shouldListACredentialForCleanUpAsSoonAsItsHolderRetires() {
        long officer = steps().eligibleOfficer("退休");
        String number = steps().issue(officer);
        assertFalse(cleanupReasons().containsKey(number));

        Reply retired = api().patch("/api/v1/officers/" + officer, "{\"version\":1,\"postStatus\":\"RETIRED\"}", as(HR));
        assertEquals(200, retired.status(), retired.body());

        assertEquals("HOLDER_RETIRED", cleanupReasons().get(number));
        assertStatus(steps().act(number, "revoke", "HOLDER_RETIRED"), "CANCELLED");
        assertEquals("CANCELLED", cleanupReasons().get(number));
        assertStatus(steps().act(number, "recover", "RETURNED_BY_HOLDER"), "RECOVERED");
        assertEquals("RECOVERED", cleanupReasons().get(number));
        assertStatus(steps().act(number, "destroy", "SCHEDULED_DESTRUCTION"), "DESTROYED");
        assertFalse(cleanupReasons().containsKey(number));
    }

    @Test
    void shouldRollBackTheDueExpiryWhenTheRequestedActionIsRefused() throws SQLException {
        String number = steps().issue(steps().eligibleOfficer("回滚"));
        backdateValidity(number, TODAY.minusYears(5), TODAY.minusDays(1));
        int eventsBefore = countRows("SELECT COUNT(*) FROM cred_event e JOIN cred_credential c ON c.id = e.credential_id "
                + "WHERE c.credential_no = ?", number);

        Reply refused = steps().act(number, "suspend", "UNDER_INVESTIGATION");

        assertEquals(409, refused.status(), "an expired credential cannot be suspended");
        assertEquals("ACTIVE", statusInDatabase(number), "the expiry written first was rolled back");
        assertEquals(eventsBefore, countRows("SELECT COUNT(*) FROM cred_event e JOIN cred_credential c "
                + "ON c.id = e.credential_id WHERE c.credential_no = ?", number));
        assertEquals("EXPIRED", api().get("/api/v1/credentials/" + number, as(JUDICIAL)).json().getString("status"),
                "shown as expired all the same");
    }

    @Test
    void shouldShowACredentialToItsHolderButNotToOtherOfficers() {
        long holder = steps().eligibleOfficer("本人");
        long other = steps().eligibleOfficer("他人");
        String number = steps().issue(holder);
        assertEquals(200, api().get("/api/v1/credentials/" + number, officer(holder)).status());
        assertEquals(403, api().get("/api/v1/credentials/" + number, officer(other)).status());
        assertEquals(200, api().get("/api/v1/credentials/" + number, as(HR)).status());
        assertEquals(403, api().get("/api/v1/credentials/" + number + "/events", officer(holder)).status());
        Reply officerView = api().get("/api/v1/officers/" + holder, officer(holder));
        assertEquals(number, officerView.json().getJsonObject("credential").getString("number"));
    }

    @Test
    void shouldIssueOnceForARepeatedIdempotencyKey() throws SQLException {
        long officer = steps().eligibleOfficer("幂等");
        String key = "issue-" + officer;

        Reply first = api().post("/api/v1/credentials", "{\"officerId\":" + officer + "}", as(JUDICIAL),
                Map.of("Idempotency-Key", key));
        Reply again = api().post("/api/v1/credentials", "{\"officerId\":" + officer + "}", as(JUDICIAL),
                Map.of("Idempotency-Key", key));

        assertEquals(201, first.status());
        assertEquals(201, again.status());
        assertEquals(first.json().getString("number"), again.json().getString("number"));
        assertEquals(1, countRows("SELECT COUNT(*) FROM cred_credential WHERE officer_id = ?",
                String.valueOf(officer)));
    }

    @Test
    void shouldIssueOneCredentialWhenRequestsForOneOfficerRace() throws Exception {
        long officer = steps().eligibleOfficer("并发");
        List<java.util.concurrent.Callable<Integer>> requests = java.util.Collections.nCopies(4,
                () -> api().post("/api/v1/credentials", "{\"officerId\":" + officer + "}", as(JUDICIAL)).status());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var future : pool.invokeAll(requests)) {
                statuses.add(future.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldKeepAValidAuditChain() {
        steps().issue(steps().eligibleOfficer("审计"));
        Reply verify = api().get("/api/v1/audit/verify", as(JUDICIAL));
        assertEquals(200, verify.status());
        assertTrue(verify.json().getBoolean("valid"), verify.body());
    }

    private java.util.Map<String, String> cleanupReasons() {
        Reply list = api().get("/api/v1/credentials/cleanup", as(JUDICIAL));
        assertEquals(200, list.status(), list.body());
        java.util.Map<String, String> reasons = new java.util.HashMap<>();
        list.array().stream().map(JsonObject.class::cast).forEach(e -> reasons.put(e.getString("number"), e.getString("reason")));
        return reasons;
    }

    private static void assertStatus(Reply reply, String status) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals(status, reply.json().getString("status"));
    }

    static String statusInDatabase(String number) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT status FROM cred_credential WHERE credential_no = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    static List<String> auditActions(String number) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement(
                     "SELECT action FROM shr_audit_event WHERE entity_type = 'credential' AND entity_id = ? ORDER BY seq")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                List<String> actions = new java.util.ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                return actions;
            }
        }
    }

    static int countRows(String sql, String number) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Moves the validity of a credential with one term (as if issued long ago); the number stays. */
    static void backdateValidity(String number, LocalDate from, LocalDate until) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement credential = c.prepareStatement(
                     "UPDATE cred_credential SET issued_on = ?, valid_from = ?, valid_until = ? WHERE credential_no = ?");
             PreparedStatement term = c.prepareStatement("UPDATE cred_credential_term SET valid_from = ?, valid_until = ? "
                     + "WHERE credential_id = (SELECT id FROM cred_credential WHERE credential_no = ?)")) {
            credential.setObject(1, from);
            credential.setObject(2, from);
            credential.setObject(3, until);
            credential.setString(4, number);
            assertEquals(1, credential.executeUpdate());
            term.setObject(1, from);
            term.setObject(2, until);
            term.setString(3, number);
            assertEquals(1, term.executeUpdate());
        }
    }

    static void backdateIssue(String number, LocalDate issuedOn) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement u = c.prepareStatement("UPDATE cred_credential SET issued_on = ? WHERE credential_no = ?")) {
            u.setObject(1, issuedOn);
            u.setString(2, number);
            assertEquals(1, u.executeUpdate());
        }
    }
}
