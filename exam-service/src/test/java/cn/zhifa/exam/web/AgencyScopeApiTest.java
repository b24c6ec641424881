package cn.zhifa.exam.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.exam.testing.ExamSteps;
import cn.zhifa.exam.testing.ExamTables;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 in exam-service: an exam belongs to the agency whose judicial bureau scheduled it (长寿区司法局 500115001:
 * its area is 长寿区's agencies), or is province-wide; staff see, register for and read the results of exams of their
 * scope only, and only for officers of their agencies. A judicial token acting for 万州区 (500101002) stands for a
 * bureau of another district.
 */
@HelidonTest
@DatabaseTest
class AgencyScopeApiTest {
    static final String CHANGSHOU_JUSTICE = "500115001";
    static final String MUNICIPAL_JUSTICE = "500000001";
    static final String MARKET = "500115002";
    static final String URBAN = "500115003";
    static final String WANZHOU = "500101002";
    static final String BLUEPRINT = "[{\"difficulty\":\"EASY\",\"count\":2}]";

    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private ExamSteps steps() {
        return new ExamSteps(api());
    }

    /** An exam scheduled by a judicial bureau acting for {@code agency} (null: a token without agency). */
    private long exam(String agency) {
        steps().bank("SCOPE-" + UUID.randomUUID().toString().substring(0, 6), "COMPREHENSIVE_LAW", 2);
        Reply scheduled = api().post("/api/v1/exams", ExamSteps.examJson("COMPREHENSIVE_LAW", null, BLUEPRINT),
                agency == null ? as(Roles.JUDICIAL) : as(Roles.JUDICIAL, agency)).expect(201);
        if (agency == null) {
            assertFalse(scheduled.json().containsKey("agencyCode") && !scheduled.json().isNull("agencyCode"),
                    "province-wide: " + scheduled.body());
        } else {
            assertEquals(agency, scheduled.json().getString("agencyCode"));
        }
        return scheduled.json().getJsonNumber("id").longValue();
    }

    private static void assertOutOfScope(Reply reply) {
        reply.expectProblem(403, "AGENCY_OUT_OF_SCOPE");
    }

    private List<Long> examIds(String bearer) {
        return api().get("/api/v1/exams?size=500", bearer).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject).stream().map(e -> e.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> officerIds(List<JsonObject> rows) {
        return rows.stream().map(r -> r.getJsonNumber("officerId").longValue()).toList();
    }

    @Test
    void shouldShowAnExamOnlyToStaffWhoseScopeMeetsItsArea() {
        long changshou = exam(CHANGSHOU_JUSTICE);
        long provinceWide = exam(null);

        api().get("/api/v1/exams/" + changshou, as(Roles.HR, MARKET)).expect(200);
        api().get("/api/v1/exams/" + changshou, as(Roles.JUDICIAL, MUNICIPAL_JUSTICE)).expect(200);
        assertOutOfScope(api().get("/api/v1/exams/" + changshou, as(Roles.HR, WANZHOU)));
        assertOutOfScope(api().get("/api/v1/exams/" + changshou, as(Roles.JUDICIAL, WANZHOU)));
        api().get("/api/v1/exams/" + provinceWide, as(Roles.HR, WANZHOU)).expect(200);

        assertTrue(examIds(as(Roles.HR, MARKET)).containsAll(List.of(changshou, provinceWide)));
        List<Long> wanzhou = examIds(as(Roles.HR, WANZHOU));
        assertFalse(wanzhou.contains(changshou), "another district's exam is not listed");
        assertTrue(wanzhou.contains(provinceWide), "a province-wide exam is listed for every agency");
    }

    @Test
    void shouldRegisterOnlyOfficersOfTheCallersAgenciesAndOfTheExamsArea() {
        long examId = exam(CHANGSHOU_JUSTICE);
        long market = CredentialTables.officer("市场监管考生", MARKET, false);
        long urban = CredentialTables.officer("城管考生", URBAN, false);
        long wanzhou = CredentialTables.officer("万州考生", WANZHOU, false);

        assertEquals(1, steps().register(examId, as(Roles.HR, MARKET), market).expect(200).json().getInt("registered"));
        // HR of 市场监管局 does not act for 城管局: nothing is registered, not even its own officer sent along
        long other = CredentialTables.officer("市场监管考生二", MARKET, false);
        assertOutOfScope(steps().register(examId, as(Roles.HR, MARKET), other, urban));
        assertEquals(1, ExamTables.auditEvents("EXAM_CANDIDATES_REGISTERED", String.valueOf(examId)),
                "a refusal records nothing");
        assertOutOfScope(steps().register(examId, as(Roles.HR, WANZHOU), wanzhou));
        // the district's judicial bureau registers any officer of the district
        assertEquals(2, steps().register(examId, as(Roles.JUDICIAL, CHANGSHOU_JUSTICE), urban, other).expect(200)
                .json().getInt("registered"));
        // the municipal bureau acts for 万州 too, but the district's exam is not held for 万州's officers
        Reply outside = steps().register(examId, as(Roles.JUDICIAL, MUNICIPAL_JUSTICE), wanzhou);
        assertEquals(422, outside.status(), outside.body());
        assertEquals(List.of("EXAM_OFFICER_OUT_OF_AREA"), outside.codes());
        assertEquals(3, api().get("/api/v1/exams/" + examId + "/candidates", as(Roles.JUDICIAL, CHANGSHOU_JUSTICE))
                .expect(200).array().size());
    }

    @Test
    void shouldListCandidatesAndResultsOfTheCallersAgenciesOnly() {
        long examId = exam(null);
        long market = CredentialTables.officer("结果考生甲", MARKET, false);
        long urban = CredentialTables.officer("结果考生乙", URBAN, false);
        long wanzhou = CredentialTables.officer("结果考生丙", WANZHOU, false);
        steps().register(examId, as(Roles.JUDICIAL, MUNICIPAL_JUSTICE), market, urban, wanzhou).expect(200);
        String path = "/api/v1/exams/" + examId;

        assertEquals(List.of(market), officerIds(api().get(path + "/candidates", as(Roles.HR, MARKET)).expect(200)
                .array().getValuesAs(JsonValue::asJsonObject)));
        JsonObject district = api().get(path + "/results", as(Roles.JUDICIAL, CHANGSHOU_JUSTICE)).expect(200).json();
        assertEquals(List.of(market, urban).stream().sorted().toList(), officerIds(district.getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject)).stream().sorted().toList());
        assertEquals(2, district.getInt("candidates"), "the figures count the caller's candidates");
        String table = api().send("GET", path + "/results", as(Roles.JUDICIAL, CHANGSHOU_JUSTICE), null, null,
                Map.of("Accept", "text/csv")).expect(200).body();
        assertTrue(table.contains("结果考生甲") && table.contains("结果考生乙"), table);
        assertFalse(table.contains("结果考生丙"), "the export holds the caller's candidates only");
        JsonObject all = api().get(path + "/results", as(Roles.JUDICIAL, MUNICIPAL_JUSTICE)).expect(200).json();
        assertEquals(3, all.getInt("candidates"));
    }

    @Test
    void shouldRefuseResultsAndItemAnalysisOutsideTheScope() {
        long changshou = exam(CHANGSHOU_JUSTICE);
        long provinceWide = exam(null);

        api().get("/api/v1/exams/" + changshou + "/item-analysis", as(Roles.JUDICIAL, CHANGSHOU_JUSTICE)).expect(200);
        api().get("/api/v1/exams/" + changshou + "/item-analysis", as(Roles.JUDICIAL, MUNICIPAL_JUSTICE)).expect(200);
        assertOutOfScope(api().get("/api/v1/exams/" + changshou + "/item-analysis", as(Roles.JUDICIAL, WANZHOU)));
        // a province-wide paper is judged by a bureau acting everywhere, not by one district's
        assertOutOfScope(api().get("/api/v1/exams/" + provinceWide + "/item-analysis",
                as(Roles.JUDICIAL, CHANGSHOU_JUSTICE)));
        api().get("/api/v1/exams/" + provinceWide + "/item-analysis", as(Roles.JUDICIAL, MUNICIPAL_JUSTICE))
                .expect(200);

        assertOutOfScope(api().get("/api/v1/exams/" + changshou + "/results", as(Roles.JUDICIAL, WANZHOU)));
        assertOutOfScope(api().send("GET", "/api/v1/exams/" + changshou + "/results", as(Roles.JUDICIAL, WANZHOU),
                null, null, Map.of("Accept", "text/csv")));
        assertOutOfScope(api().get("/api/v1/exams/" + changshou + "/candidates", as(Roles.HR, WANZHOU)));
    }
}
