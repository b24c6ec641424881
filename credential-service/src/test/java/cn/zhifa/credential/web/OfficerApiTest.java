package cn.zhifa.credential.web;

import cn.zhifa.credential.testing.CredentialSteps;
import cn.zhifa.credential.testing.TestOfficers;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
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
import java.util.List;
import java.util.Map;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.ApiClient.NOBODY;
import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roster end to end: create, read, change, exams and eligibility, with roles and problem+json. */
@HelidonTest
@DatabaseTest
class OfficerApiTest {
    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private CredentialSteps steps() {
        return new CredentialSteps(api());
    }

    @Test
    void shouldCreateAnOfficerAndStoreItWithCategoriesAndAreas() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        Reply created = api().post("/api/v1/officers", TestOfficers.officerJson("李明", idNumber, "500115002", "REGULAR",
                "ON_POST", true, false), as(HR));

        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("重庆市长寿区市场监督管理局", created.json().getJsonObject("agency").getString("name"));
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT o.name, o.employment_type, o.legal_qualification, "
                     + "cat.category_code, a.area_code FROM cred_officer o "
                     + "JOIN cred_officer_category cat ON cat.officer_id = o.id "
                     + "JOIN cred_officer_area a ON a.officer_id = o.id WHERE o.id_number = ?")) {
            q.setString(1, idNumber);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("李明", rs.getString(1));
                assertEquals("REGULAR", rs.getString(2));
                assertTrue(rs.getBoolean(3));
                assertEquals("MARKET_REGULATION", rs.getString(4));
                assertEquals("500115", rs.getString(5));
            }
        }
        assertTrue(auditSummaries("officer", id).stream().noneMatch(s -> s.contains(idNumber)),
                "the audit record never holds the identity number");
        assertFalse(auditSummaries("officer", id).isEmpty());
    }

    @Test
    void shouldNameEveryInvalidFieldWithoutEchoingTheIdentityNumber() {
        String badNumber = "500115198503120011";
        Reply refused = api().post("/api/v1/officers", """
                {"name":"","idNumber":"%s","agencyCode":"999","position":"科员","employmentType":"FREELANCE",
                 "postStatus":"ON_POST","categories":["MARKET_REGULATION","SPACE"],"areas":[]}""".formatted(badNumber),
                as(HR));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonArray errors = refused.json().getJsonArray("errors");
        assertEquals(List.of("name:FIELD_REQUIRED", "idNumber:ID_NUMBER_CHECKSUM", "agencyCode:UNKNOWN_AGENCY",
                "employmentType:VALUE_NOT_ALLOWED", "categories[1]:UNKNOWN_CATEGORY", "areas:LIST_REQUIRED"),
                errors.stream().map(JsonObject.class::cast)
                        .map(e -> e.getString("field") + ":" + e.getString("code")).toList());
        assertFalse(refused.body().contains(badNumber));
        assertTrue(refused.body().contains("身份证号码校验码不正确"), refused.body());
    }

    /** Issue 23 item 3: control and bidirectional-override characters are refused in every JSON write, by field. */
    @Test
    void shouldRefuseControlAndBidiCharactersInAnOfficerNamingTheFieldAndStoreNothing() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        Reply refused = api().post("/api/v1/officers", TestOfficers.officerJson("\\u202E明李", idNumber, "500115002",
                "REGULAR", "ON_POST", true, false).replace("\"科员\"", "\"科员\\u0000\""), as(HR));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("name:TEXT_CHARACTER_FORBIDDEN", "position:TEXT_CHARACTER_FORBIDDEN"),
                refused.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                        .map(e -> e.getString("field") + ":" + e.getString("code")).sorted().toList());
        assertTrue(refused.body().contains("U+202E") && refused.body().contains("U+0000"), refused.body());
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM cred_officer WHERE id_number = ?")) {
            q.setString(1, idNumber);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void shouldRefuseADuplicateIdentityNumberWith409() {
        String idNumber = TestOfficers.newIdNumber();
        String body = TestOfficers.officerJson("赵六", idNumber, "500115003", "REGULAR", "ON_POST", false, false);
        assertEquals(201, api().post("/api/v1/officers", body, as(HR)).status());

        Reply duplicate = api().post("/api/v1/officers", body, as(HR));

        assertEquals(409, duplicate.status());
        assertEquals("urn:zhifa:problem:ID_NUMBER_DUPLICATE", duplicate.json().getString("type"));
        assertFalse(duplicate.body().contains(idNumber));
    }

    @Test
    void shouldLetOnlyHrCreateOfficers() {
        String body = TestOfficers.officerJson("钱七", TestOfficers.newIdNumber(), "500115003", "REGULAR", "ON_POST",
                false, false);
        assertEquals(403, api().post("/api/v1/officers", body, as(JUDICIAL)).status());
        assertEquals(401, api().post("/api/v1/officers", body, NOBODY).status());
    }

    @Test
    void shouldShowAnOfficerToHrJudicialAndThemselvesOnly() {
        long id = steps().createOfficer("孙八", "REGULAR", "ON_POST", false, false, "500115002");
        long other = steps().createOfficer("周九", "REGULAR", "ON_POST", false, false, "500115002");

        assertEquals(200, api().get("/api/v1/officers/" + id, as(HR)).status());
        assertEquals(200, api().get("/api/v1/officers/" + id, as(JUDICIAL)).status());
        Reply self = api().get("/api/v1/officers/" + id, officer(id));
        assertEquals(200, self.status());
        assertEquals(18, self.json().getString("idNumber").length());
        assertEquals(403, api().get("/api/v1/officers/" + id, officer(other)).status());
        assertEquals(403, api().get("/api/v1/officers/" + id, as(TRAINER)).status());
        assertEquals(404, api().get("/api/v1/officers/999999999", as(HR)).status());
    }

    @Test
    void shouldReportEveryUnmetEligibilityRuleThenNoneAfterBothExams() {
        long contract = steps().createOfficer("吴十", "CONTRACT", "OFF_POST", false, false, "500115002");
        Reply unmet = api().get("/api/v1/officers/" + contract + "/eligibility", as(JUDICIAL));
        assertEquals(200, unmet.status());
        assertFalse(unmet.json().getBoolean("eligible"));
        assertEquals(List.of("EMPLOYMENT_TYPE_BARRED", "NOT_ON_POST", "COMPREHENSIVE_EXAM_MISSING",
                "PROFESSIONAL_EXAM_MISSING"), codes(unmet.json().getJsonArray("reasons")));

        long qualified = steps().createOfficer("郑一", "REGULAR", "ON_POST", true, false, "500115002");
        Reply exempt = api().get("/api/v1/officers/" + qualified + "/eligibility", officer(qualified));
        assertEquals(List.of("PROFESSIONAL_EXAM_MISSING"), codes(exempt.json().getJsonArray("reasons")));

        Reply english = api().send("GET", "/api/v1/officers/" + qualified + "/eligibility", as(HR), null, null,
                Map.of("Accept-Language", "en"));
        assertEquals("The professional legal knowledge exam has not been passed.",
                english.json().getJsonArray("reasons").getJsonObject(0).getString("message"));
        assertEquals("未通过专业法律知识考试。", exempt.json().getJsonArray("reasons").getJsonObject(0).getString("message"));

        steps().passExams(qualified);
        Reply eligible = api().get("/api/v1/officers/" + qualified + "/eligibility", as(HR));
        assertTrue(eligible.json().getBoolean("eligible"));
        assertTrue(eligible.json().getJsonArray("reasons").isEmpty());
    }

    @Test
    void shouldRefuseABadExamRecord() {
        long id = steps().createOfficer("王二", "REGULAR", "ON_POST", false, false, "500115002");
        Reply refused = api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"DRIVING\",\"score\":101,\"takenOn\":\"2999-01-01\"}", as(JUDICIAL));
        assertEquals(400, refused.status());
        assertEquals(List.of("kind", "passed", "score", "takenOn"), refused.json().getJsonArray("errors").stream()
                .map(JsonObject.class::cast).map(e -> e.getString("field")).toList());
        assertEquals(403, api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"PROFESSIONAL_LAW\",\"passed\":true,\"takenOn\":\"2025-01-01\"}", as(HR)).status());
    }

    @Test
    void shouldDeriveThePassFromTheScoreAndThePassMarkAndRefuseAContradictingOne() {
        long id = steps().createOfficer("何四", "REGULAR", "ON_POST", false, false, "500115002");
        Reply below = api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"PROFESSIONAL_LAW\",\"passed\":true,\"score\":45,\"takenOn\":\"2025-01-01\"}", as(JUDICIAL));
        assertEquals(400, below.status(), below.body());
        JsonObject error = below.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("passed", error.getString("field"));
        assertEquals("EXAM_SCORE_BELOW_PASS_MARK", error.getString("code"));
        assertTrue(error.getString("message").contains("45 分低于合格分数线 60 分"), error.getString("message"));
        assertEquals(400, api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"PROFESSIONAL_LAW\",\"passed\":false,\"score\":60,\"takenOn\":\"2025-01-01\"}",
                as(JUDICIAL)).status(), "60 reaches the pass mark");

        Reply derived = api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"PROFESSIONAL_LAW\",\"score\":59.5,\"takenOn\":\"2025-01-01\"}", as(JUDICIAL));
        assertEquals(201, derived.status(), derived.body());
        assertFalse(derived.json().getBoolean("passed"), "59.5 is below the pass mark: not passed");
        Reply passed = api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"PROFESSIONAL_LAW\",\"score\":60,\"takenOn\":\"2025-01-02\"}", as(JUDICIAL));
        assertTrue(passed.json().getBoolean("passed"));
    }

    @Test
    void shouldListTheRecordedExamsToTheBureauHrAndTheOfficerAlone() {
        long id = steps().createOfficer("郭五", "REGULAR", "ON_POST", false, false, "500115002");
        long other = steps().createOfficer("钱六", "REGULAR", "ON_POST", false, false, "500115002");
        assertTrue(api().get("/api/v1/officers/" + id + "/exams", as(JUDICIAL)).array().isEmpty());
        assertEquals(201, api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"PROFESSIONAL_LAW\",\"score\":52,\"takenOn\":\"2025-03-01\"}", as(JUDICIAL)).status());
        assertEquals(201, api().post("/api/v1/officers/" + id + "/exams",
                "{\"kind\":\"COMPREHENSIVE_LAW\",\"passed\":true,\"takenOn\":\"2024-11-20\"}", as(JUDICIAL)).status());

        Reply exams = api().get("/api/v1/officers/" + id + "/exams", as(JUDICIAL));
        assertEquals(200, exams.status(), exams.body());
        JsonArray list = exams.array();
        assertEquals(List.of("2024-11-20", "2025-03-01"), list.stream().map(JsonObject.class::cast)
                .map(e -> e.getString("takenOn")).toList(), "oldest first");
        JsonObject failed = list.getJsonObject(1);
        assertEquals("PROFESSIONAL_LAW", failed.getString("kind"));
        assertEquals(52, failed.getJsonNumber("score").intValue());
        assertFalse(failed.getBoolean("passed"));
        JsonObject scoreless = list.getJsonObject(0);
        assertTrue(scoreless.getBoolean("passed"));
        assertTrue(!scoreless.containsKey("score") || scoreless.isNull("score"), "a pass reported without a score has none");

        assertEquals(200, api().get("/api/v1/officers/" + id + "/exams", as(HR)).status());
        assertEquals(200, api().get("/api/v1/officers/" + id + "/exams", officer(id)).status());
        assertEquals(403, api().get("/api/v1/officers/" + id + "/exams", officer(other)).status());
        assertEquals(404, api().get("/api/v1/officers/" + (other + 1000) + "/exams", as(JUDICIAL)).status());
        assertEquals(401, api().get("/api/v1/officers/" + id + "/exams", NOBODY).status());
    }

    @Test
    void shouldChangeAnOfficerWithTheCurrentVersionAndRefuseAStaleOne() {
        long id = steps().createOfficer("陈三", "REGULAR", "ON_POST", false, false, "500115002");

        Reply moved = api().patch("/api/v1/officers/" + id,
                "{\"version\":1,\"agencyCode\":\"500115011\",\"categories\":[\"MARKET_REGULATION\",\"HEALTH\"]}", as(HR));
        assertEquals(200, moved.status(), moved.body());
        assertEquals(2, moved.json().getInt("version"));
        assertEquals("500115011", moved.json().getJsonObject("agency").getString("code"));
        assertEquals(2, moved.json().getJsonArray("categories").size());

        Reply stale = api().patch("/api/v1/officers/" + id, "{\"version\":1,\"postStatus\":\"RETIRED\"}", as(HR));
        assertEquals(409, stale.status());
        assertEquals("urn:zhifa:problem:STALE_VERSION", stale.json().getString("type"));
        assertEquals(400, api().patch("/api/v1/officers/" + id, "{\"postStatus\":\"RETIRED\"}", as(HR)).status());
        assertEquals(400, api().patch("/api/v1/officers/" + id, "{\"version\":2,\"postStatus\":\"GONE\"}", as(HR)).status());
    }

    private static List<String> codes(JsonArray reasons) {
        return reasons.stream().map(JsonObject.class::cast).map(r -> r.getString("code")).toList();
    }

    static List<String> auditSummaries(String entityType, Object entityId) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement(
                     "SELECT summary FROM shr_audit_event WHERE entity_type = ? AND entity_id = ? ORDER BY seq")) {
            q.setString(1, entityType);
            q.setString(2, String.valueOf(entityId));
            try (ResultSet rs = q.executeQuery()) {
                List<String> summaries = new java.util.ArrayList<>();
                while (rs.next()) {
                    summaries.add(rs.getString(1));
                }
                return summaries;
            }
        }
    }
}
