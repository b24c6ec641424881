package cn.zhifa.credential.web;

import cn.zhifa.credential.testing.TestOfficers;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.testing.Agencies.CHANGSHOU;
import static cn.zhifa.platform.testing.Agencies.CHANGSHOU_JUSTICE;
import static cn.zhifa.platform.testing.Agencies.CHANGSHOU_UNIT;
import static cn.zhifa.platform.testing.Agencies.CHANGSHOU_URBAN;
import static cn.zhifa.platform.testing.Agencies.MUNICIPAL_JUSTICE;
import static cn.zhifa.platform.testing.Agencies.WANZHOU;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 for credential-service: hr acts for its agency and the units below it, judicial for every agency of its
 * area (长寿区's 司法局 500115001 covers 500115*, the municipal 500000001 all); outside the scope a request is 403
 * {@code AGENCY_OUT_OF_SCOPE} and changes nothing (no row, no audit event, no idempotency key), a list shows nothing of
 * another agency, and an officer keeps reading their own records.
 */
@HelidonTest
@DatabaseTest
class AgencyScopeApiTest {

    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private static void assertOutOfScope(Reply reply) {
        reply.expectProblem(403, "AGENCY_OUT_OF_SCOPE");
    }

    // --- officers ---

    @Test
    void hrCreatesOfficersOfItsAgencyAndItsUnitsOnlyAndARefusalStoresNothing() throws SQLException {
        String subject = "hr-scope-" + UUID.randomUUID();
        String hr = Tokens.actingFor(HR, CHANGSHOU, subject);
        assertEquals(201, api().post("/api/v1/officers", officerJson(CHANGSHOU), hr).status());
        assertEquals(201, api().post("/api/v1/officers", officerJson(CHANGSHOU_UNIT), hr).status());
        long eventsBefore = count("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject);

        String idNumber = TestOfficers.newIdNumber();
        Reply refused = api().post("/api/v1/officers", TestOfficers.officerJson("越界", idNumber, WANZHOU, "REGULAR",
                "ON_POST", false, false), hr, Map.of("Idempotency-Key", "scope-" + subject));

        assertOutOfScope(refused);
        assertEquals(0, count("SELECT COUNT(*) FROM cred_officer WHERE id_number = ?", idNumber));
        assertEquals(eventsBefore, count("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject));
        assertEquals(0, count("SELECT COUNT(*) FROM shr_idempotency_key WHERE subject = ?", subject));
        assertEquals(201, api().post("/api/v1/officers", officerJson(WANZHOU), as(HR, WANZHOU)).status());
    }

    @Test
    void readsOfOneOfficerAreRefusedOutsideTheScopeAfterTheOfficerIsFound() {
        long wanzhou = CredentialTables.officer("万州甲", WANZHOU);
        long changshou = CredentialTables.officer("长寿甲", CHANGSHOU);

        for (String path : List.of("", "/exams", "/eligibility")) {
            assertOutOfScope(api().get("/api/v1/officers/" + wanzhou + path, as(HR, CHANGSHOU)));
            assertOutOfScope(api().get("/api/v1/officers/" + wanzhou + path, as(JUDICIAL, CHANGSHOU_JUSTICE)));
            assertEquals(200, api().get("/api/v1/officers/" + wanzhou + path, as(HR, WANZHOU)).status());
            assertEquals(200, api().get("/api/v1/officers/" + wanzhou + path, as(JUDICIAL, MUNICIPAL_JUSTICE)).status());
            assertEquals(200, api().get("/api/v1/officers/" + changshou + path, as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
            assertEquals(200, api().get("/api/v1/officers/" + wanzhou + path, Tokens.officer(wanzhou)).status(),
                    "an officer reads their own records whatever the scope");
            assertEquals(404, api().get("/api/v1/officers/999999999" + path, as(HR, CHANGSHOU)).status());
        }
    }

    @Test
    void aChangeOrTransferNeedsBothTheOldAndTheNewAgencyInScope() throws SQLException {
        long wanzhou = CredentialTables.officer("万州乙", WANZHOU);
        long changshou = CredentialTables.officer("长寿乙", CHANGSHOU);
        String subject = "hr-transfer-" + UUID.randomUUID();
        String hr = Tokens.actingFor(HR, CHANGSHOU, subject);

        assertOutOfScope(api().patch("/api/v1/officers/" + wanzhou, "{\"version\":1,\"position\":\"副科长\"}", hr));
        assertOutOfScope(api().patch("/api/v1/officers/" + wanzhou, "{\"version\":1,\"agencyCode\":\"" + CHANGSHOU + "\"}", hr));
        assertOutOfScope(api().patch("/api/v1/officers/" + changshou, "{\"version\":1,\"agencyCode\":\"" + WANZHOU + "\"}", hr));
        assertOutOfScope(api().patch("/api/v1/officers/" + wanzhou, "{\"version\":1,\"agencyCode\":\"" + CHANGSHOU + "\"}",
                as(HR, WANZHOU)));
        assertEquals(0, count("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject));
        assertEquals(WANZHOU, text("SELECT agency_code FROM cred_officer WHERE id = ?", wanzhou));
        assertEquals(CHANGSHOU, text("SELECT agency_code FROM cred_officer WHERE id = ?", changshou));

        Reply moved = api().patch("/api/v1/officers/" + changshou,
                "{\"version\":1,\"agencyCode\":\"" + CHANGSHOU_UNIT + "\"}", hr);
        assertEquals(200, moved.status(), moved.body());
        assertEquals(CHANGSHOU_UNIT, text("SELECT agency_code FROM cred_officer WHERE id = ?", changshou));
    }

    @Test
    void examsAreRecordedOnlyForOfficersOfTheJudicialBureausArea() {
        long wanzhou = CredentialTables.officer("万州丙", WANZHOU);
        long changshou = CredentialTables.officer("长寿丙", CHANGSHOU_URBAN);
        String exam = "{\"kind\":\"COMPREHENSIVE_LAW\",\"passed\":true,\"score\":80,\"takenOn\":\"2025-06-01\"}";

        assertOutOfScope(api().post("/api/v1/officers/" + wanzhou + "/exams", exam, as(JUDICIAL, CHANGSHOU_JUSTICE)));
        assertEquals(0, api().get("/api/v1/officers/" + wanzhou + "/exams", as(HR, WANZHOU)).array().size());
        assertEquals(201, api().post("/api/v1/officers/" + changshou + "/exams", exam,
                as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
        assertEquals(201, api().post("/api/v1/officers/" + wanzhou + "/exams", exam,
                as(JUDICIAL, MUNICIPAL_JUSTICE)).status());
    }

    @Test
    void theRosterSearchListsOnlyOfficersInScopeAndRefusesAnAgencyFilterOutsideIt() {
        String name = "搜" + UUID.randomUUID().toString().substring(0, 6);
        CredentialTables.officer(name + "一", CHANGSHOU);
        CredentialTables.officer(name + "二", CHANGSHOU_UNIT);
        CredentialTables.officer(name + "三", CHANGSHOU_URBAN);
        CredentialTables.officer(name + "四", WANZHOU);
        String search = "/api/v1/officers?size=100&q=" + name;

        assertEquals(Set.of(CHANGSHOU, CHANGSHOU_UNIT), agenciesListed(search, as(HR, CHANGSHOU)));
        assertEquals(Set.of(CHANGSHOU_UNIT), agenciesListed(search, as(HR, CHANGSHOU_UNIT)));
        assertEquals(Set.of(WANZHOU), agenciesListed(search, as(HR, WANZHOU)));
        assertEquals(Set.of(CHANGSHOU, CHANGSHOU_UNIT, CHANGSHOU_URBAN),
                agenciesListed(search, as(JUDICIAL, CHANGSHOU_JUSTICE)));
        assertEquals(Set.of(CHANGSHOU, CHANGSHOU_UNIT, CHANGSHOU_URBAN, WANZHOU),
                agenciesListed(search, as(JUDICIAL, MUNICIPAL_JUSTICE)));
        assertEquals(Set.of(CHANGSHOU, CHANGSHOU_UNIT), agenciesListed(search + "&agency=" + CHANGSHOU,
                as(JUDICIAL, CHANGSHOU_JUSTICE)));
        assertEquals(2, api().get(search, as(HR, CHANGSHOU)).expect(200).json().getInt("total"));

        assertOutOfScope(api().get(search + "&agency=" + WANZHOU, as(HR, CHANGSHOU)));
        assertOutOfScope(api().get(search + "&agency=" + CHANGSHOU, as(HR, CHANGSHOU_UNIT)));
        assertOutOfScope(api().get(search + "&agency=" + WANZHOU, as(JUDICIAL, CHANGSHOU_JUSTICE)));
    }

    @Test
    void aRosterImportWithARowOutsideTheScopeIsRefusedNamingTheLineAndStoresNothing() throws SQLException {
        String inScope = TestOfficers.newIdNumber();
        String outside = TestOfficers.newIdNumber();
        String wanzhouIdNumber = TestOfficers.newIdNumber();
        long wanzhou = api().post("/api/v1/officers", TestOfficers.officerJson("万州丁", wanzhouIdNumber, WANZHOU, "REGULAR",
                "ON_POST", false, false), as(HR, WANZHOU)).expect(201).json().getJsonNumber("id").longValue();
        String header = "name,idNumber,agencyCode,position,employmentType,postStatus,categories,areas\n";
        String subject = "hr-import-" + UUID.randomUUID();

        Reply refused = api().upload("/api/v1/officers/import", "text/csv", (header
                + "赵一," + inScope + "," + CHANGSHOU + ",科员,REGULAR,ON_POST,MARKET_REGULATION,500115\n"
                + "赵二," + outside + "," + WANZHOU + ",科员,REGULAR,ON_POST,MARKET_REGULATION,500101\n"
                + "赵三," + wanzhouIdNumber + "," + CHANGSHOU
                + ",科员,REGULAR,ON_POST,MARKET_REGULATION,500115\n").getBytes(StandardCharsets.UTF_8),
                Tokens.actingFor(HR, CHANGSHOU, subject));

        assertOutOfScope(refused);
        assertEquals(List.of("lines[3].agencyCode", "lines[4].agencyCode"), refused.fields());
        assertEquals(0, count("SELECT COUNT(*) FROM cred_officer WHERE id_number IN (?, ?)", inScope, outside));
        assertEquals(WANZHOU, text("SELECT agency_code FROM cred_officer WHERE id = ?", wanzhou));
        assertEquals(0, count("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject));

        Reply imported = api().upload("/api/v1/officers/import", "text/csv", (header
                + "赵一," + inScope + "," + CHANGSHOU_UNIT + ",科员,REGULAR,ON_POST,MARKET_REGULATION,500115\n")
                .getBytes(StandardCharsets.UTF_8), as(HR, CHANGSHOU));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("created"));
    }

    // --- credentials ---

    @Test
    void credentialsAreIssuedOnlyToOfficersOfTheJudicialBureausArea() throws SQLException {
        long wanzhou = CredentialTables.officer("万州戊", WANZHOU);
        passExams(wanzhou, as(JUDICIAL, MUNICIPAL_JUSTICE));
        long changshou = CredentialTables.officer("长寿戊", CHANGSHOU);
        passExams(changshou, as(JUDICIAL, CHANGSHOU_JUSTICE));

        assertOutOfScope(api().post("/api/v1/credentials", "{\"officerId\":" + wanzhou + "}",
                as(JUDICIAL, CHANGSHOU_JUSTICE)));
        assertEquals(0, count("SELECT COUNT(*) FROM cred_credential WHERE officer_id = ?", wanzhou));
        assertEquals(201, api().post("/api/v1/credentials", "{\"officerId\":" + changshou + "}",
                as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
        assertEquals(201, api().post("/api/v1/credentials", "{\"officerId\":" + wanzhou + "}",
                as(JUDICIAL, MUNICIPAL_JUSTICE)).status());
    }

    @Test
    void everyLifeCycleActionAndReviewOfACredentialOutsideTheAreaIsRefusedAndChangesNothing() throws SQLException {
        long holder = CredentialTables.officer("万州己", WANZHOU);
        String number = CredentialTables.credential(holder, WANZHOU, "ACTIVE");
        String subject = "judicial-act-" + UUID.randomUUID();
        String changshouJudicial = Tokens.actingFor(JUDICIAL, CHANGSHOU_JUSTICE, subject);
        Map<String, String> reasons = Map.of("suspend", "UNDER_INVESTIGATION", "reinstate", "GROUNDS_CLEARED",
                "revoke", "HOLDER_RETIRED", "recover", "RETURNED_BY_HOLDER", "destroy", "SCHEDULED_DESTRUCTION",
                "renew", "CARD_DAMAGED");

        reasons.forEach((action, reason) -> assertOutOfScope(api().post("/api/v1/credentials/" + number + "/" + action,
                "{\"reason\":\"" + reason + "\"}", changshouJudicial, Map.of("Idempotency-Key", action + subject))));
        assertOutOfScope(api().post("/api/v1/credentials/" + number + "/reviews", "{\"year\":2026}", changshouJudicial));

        assertEquals("ACTIVE", text("SELECT status FROM cred_credential WHERE credential_no = ?", number));
        assertEquals(0, count("SELECT COUNT(*) FROM cred_event WHERE officer_id = ?", holder));
        assertEquals(0, count("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject));
        assertEquals(0, count("SELECT COUNT(*) FROM shr_idempotency_key WHERE subject = ?", subject));
        Reply suspended = api().post("/api/v1/credentials/" + number + "/suspend",
                "{\"reason\":\"UNDER_INVESTIGATION\"}", as(JUDICIAL, MUNICIPAL_JUSTICE));
        assertEquals(200, suspended.status(), suspended.body());
        assertEquals("SUSPENDED", suspended.json().getString("status"));
    }

    @Test
    void aJudicialBureauCoversTheAgenciesOfItsAreaAndTheMunicipalOneAll() {
        String changshou = CredentialTables.credential(CredentialTables.officer("长寿庚", CHANGSHOU), CHANGSHOU, "ACTIVE");
        String urban = CredentialTables.credential(CredentialTables.officer("长寿辛", CHANGSHOU_URBAN), CHANGSHOU_URBAN,
                "ACTIVE");
        String wanzhou = CredentialTables.credential(CredentialTables.officer("万州庚", WANZHOU), WANZHOU, "ACTIVE");

        for (String path : List.of("", "/events", "/qr.png", "/card")) {
            assertEquals(200, api().get("/api/v1/credentials/" + changshou + path, as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
            assertEquals(200, api().get("/api/v1/credentials/" + urban + path, as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
            assertOutOfScope(api().get("/api/v1/credentials/" + wanzhou + path, as(JUDICIAL, CHANGSHOU_JUSTICE)));
            for (String credential : List.of(changshou, urban, wanzhou)) {
                assertEquals(200, api().get("/api/v1/credentials/" + credential + path,
                        as(JUDICIAL, MUNICIPAL_JUSTICE)).status());
            }
            assertEquals(404, api().get("/api/v1/credentials/500115002209909999" + path,
                    as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
        }
        for (String path : List.of("", "/events")) {
            assertEquals(200, api().get("/api/v1/credentials/" + changshou + path, as(HR, CHANGSHOU)).status());
            assertOutOfScope(api().get("/api/v1/credentials/" + urban + path, as(HR, CHANGSHOU)));
        }
    }

    @Test
    void aHolderReadsTheirOwnCredentialWhateverTheScope() {
        long holder = CredentialTables.officer("万州壬", WANZHOU);
        String number = CredentialTables.credential(holder, WANZHOU, "ACTIVE");

        for (String path : List.of("", "/qr.png", "/card")) {
            assertEquals(200, api().get("/api/v1/credentials/" + number + path, Tokens.officer(holder)).status());
        }
    }

    @Test
    void theCleanUpListAndTheReviewerReportShowOnlyTheAgenciesInScope() {
        long changshou = CredentialTables.inspectorOf(CHANGSHOU, "长寿癸", "MARKET_REGULATION", "500115");
        long wanzhou = CredentialTables.inspectorOf(WANZHOU, "万州癸", "MARKET_REGULATION", "500101");
        CredentialTables.retire(changshou);
        CredentialTables.retire(wanzhou);

        Set<String> listedInChangshou = api().get("/api/v1/credentials/cleanup", as(JUDICIAL, CHANGSHOU_JUSTICE))
                .expect(200).array().stream().map(v -> agencyOf(v.asJsonObject())).collect(Collectors.toSet());
        Set<String> listedInCity = api().get("/api/v1/credentials/cleanup", as(JUDICIAL, MUNICIPAL_JUSTICE))
                .expect(200).array().stream().map(v -> agencyOf(v.asJsonObject())).collect(Collectors.toSet());
        assertTrue(listedInChangshou.contains(CHANGSHOU), listedInChangshou.toString());
        assertTrue(listedInChangshou.stream().allMatch(code -> code.startsWith("500115")), listedInChangshou.toString());
        assertTrue(listedInCity.containsAll(List.of(CHANGSHOU, WANZHOU)), listedInCity.toString());

        CredentialTables.inspectorOf(WANZHOU, "万州子", "MARKET_REGULATION", "500101");
        CredentialTables.inspectorOf(CHANGSHOU, "长寿子", "MARKET_REGULATION", "500115");
        Set<String> reportedInChangshou = reportedAgencies(as(JUDICIAL, CHANGSHOU_JUSTICE));
        assertTrue(reportedInChangshou.contains(CHANGSHOU), reportedInChangshou.toString());
        assertFalse(reportedInChangshou.contains(WANZHOU), reportedInChangshou.toString());
        assertTrue(reportedAgencies(as(JUDICIAL, MUNICIPAL_JUSTICE)).containsAll(List.of(CHANGSHOU, WANZHOU)));
    }

    // --- helpers ---

    private void passExams(long officerId, String judicial) {
        for (String kind : List.of("COMPREHENSIVE_LAW", "PROFESSIONAL_LAW")) {
            api().post("/api/v1/officers/" + officerId + "/exams", "{\"kind\":\"" + kind
                    + "\",\"passed\":true,\"score\":80,\"takenOn\":\"2025-06-01\"}", judicial).expect(201);
        }
    }

    private Set<String> reportedAgencies(String token) {
        return api().get("/api/v1/reports/legal-reviewers", token).expect(200).array().stream()
                .map(v -> v.asJsonObject().getJsonObject("agency").getString("code")).collect(Collectors.toSet());
    }

    private static String agencyOf(JsonObject item) {
        JsonValue agency = item.get("agency");
        return agency instanceof JsonObject named ? named.getString("code") : item.getString("agencyCode");
    }

    private Set<String> agenciesListed(String path, String token) {
        return api().get(path, token).expect(200).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonObject("agency").getString("code")).collect(Collectors.toSet());
    }

    private static String officerJson(String agency) {
        return TestOfficers.officerJson("范围", TestOfficers.newIdNumber(), agency, "REGULAR", "ON_POST", false, false);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String text(String sql, Object parameter) {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
