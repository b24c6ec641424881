package cn.zhifa.training.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.security.Roles.TRAINER;
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
 * Issue 19 for training-service: a course and its attendance belong to the organising agency, an officer's credits,
 * archive and compliance line to the officer's agency; trainer and hr act for their agency and the units below it,
 * judicial for the agencies of its area (长寿区's 司法局 500115001 covers 500115*, the municipal 500000001 all). Outside the
 * scope a request is 403 {@code AGENCY_OUT_OF_SCOPE} and changes nothing; lists hold nothing of another agency.
 */
@HelidonTest
@DatabaseTest
class AgencyScopeApiTest {
    private static final int YEAR = 2026;
    /** A year no other test has courses in, so that the lists below show these tests' courses on one page. */
    private static final int LIST_YEAR = 2011;

    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private static void assertOutOfScope(Reply reply) {
        reply.expectProblem(403, "AGENCY_OUT_OF_SCOPE");
    }

    private static String course(String organizer, String title) {
        return "{\"title\":\"" + title + "\",\"category\":\"LAW_UPDATE\",\"organizerAgency\":\"" + organizer
                + "\",\"hours\":6,\"startsOn\":\"2026-03-10\",\"endsOn\":\"2026-03-10\",\"mode\":\"OFFLINE\"}";
    }

    // --- courses ---

    @Test
    void aTrainerCreatesChangesAndDeletesOnlyCoursesOrganisedByItsAgencies() {
        String subject = "trainer-scope-" + UUID.randomUUID();
        String trainer = Tokens.actingFor(TRAINER, CHANGSHOU, subject);
        assertEquals(201, api().post("/api/v1/courses", course(CHANGSHOU_UNIT, "所内培训"), trainer).status());

        Reply refused = api().post("/api/v1/courses", course(WANZHOU, "越界培训"), trainer,
                Map.of("Idempotency-Key", "course-" + subject));
        assertOutOfScope(refused);
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_course WHERE title = '越界培训'"));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM shr_idempotency_key WHERE subject = ?", subject));

        long wanzhou = courseOf(WANZHOU, YEAR);
        long own = courseOf(CHANGSHOU, YEAR);
        long eventsBefore = Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject);
        assertOutOfScope(api().put("/api/v1/courses/" + wanzhou, withVersion(course(WANZHOU, "改名")), trainer));
        assertOutOfScope(api().put("/api/v1/courses/" + wanzhou, withVersion(course(CHANGSHOU, "接管")), trainer));
        assertOutOfScope(api().put("/api/v1/courses/" + own, withVersion(course(WANZHOU, "移交")), trainer));
        assertOutOfScope(api().json("DELETE", "/api/v1/courses/" + wanzhou + "?version=1", null, trainer));
        assertEquals(eventsBefore, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject));
        assertEquals(CHANGSHOU, Sql.text("SELECT organizer_agency FROM trn_course WHERE id = ?", own));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM trn_course WHERE id = ?", wanzhou));

        assertEquals(200, api().put("/api/v1/courses/" + own, withVersion(course(CHANGSHOU_UNIT, "下放")), trainer)
                .status());
        assertEquals(204, api().json("DELETE", "/api/v1/courses/" + wanzhou + "?version=1", null,
                as(TRAINER, WANZHOU)).status());
    }

    @Test
    void aCourseOfAnotherAgencyIsReadOnlyWithinTheScopeAndListsShowOnlyTheCoursesInScope() {
        long changshou = courseOf(CHANGSHOU, LIST_YEAR);
        long unit = courseOf(CHANGSHOU_UNIT, LIST_YEAR);
        long urban = courseOf(CHANGSHOU_URBAN, LIST_YEAR);
        long wanzhou = courseOf(WANZHOU, LIST_YEAR);

        assertOutOfScope(api().get("/api/v1/courses/" + wanzhou, as(TRAINER, CHANGSHOU)));
        assertOutOfScope(api().get("/api/v1/courses/" + urban, as(HR, CHANGSHOU)));
        assertOutOfScope(api().get("/api/v1/courses/" + wanzhou, as(JUDICIAL, CHANGSHOU_JUSTICE)));
        assertEquals(200, api().get("/api/v1/courses/" + urban, as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
        assertEquals(200, api().get("/api/v1/courses/" + wanzhou, as(JUDICIAL, MUNICIPAL_JUSTICE)).status());
        assertEquals(404, api().get("/api/v1/courses/999999999", as(TRAINER, CHANGSHOU)).status());

        Set<Long> ours = Set.of(changshou, unit, urban, wanzhou);
        assertEquals(Set.of(changshou, unit), listed("", as(TRAINER, CHANGSHOU), ours));
        assertEquals(Set.of(unit), listed("", as(TRAINER, CHANGSHOU_UNIT), ours));
        assertEquals(Set.of(changshou, unit, urban), listed("", as(JUDICIAL, CHANGSHOU_JUSTICE), ours));
        assertEquals(ours, listed("", as(JUDICIAL, MUNICIPAL_JUSTICE), ours));
        assertEquals(Set.of(changshou, unit), listed("&organizer=" + CHANGSHOU, as(JUDICIAL, CHANGSHOU_JUSTICE), ours));
        assertOutOfScope(api().get("/api/v1/courses?organizer=" + WANZHOU, as(TRAINER, CHANGSHOU)));
        assertOutOfScope(api().get("/api/v1/courses?organizer=" + CHANGSHOU, as(TRAINER, CHANGSHOU_UNIT)));
    }

    // --- attendance ---

    @Test
    void attendanceIsRecordedCorrectedAndReadOnlyForCoursesOfTheTrainersAgencies() {
        long wanzhouCourse = courseOf(WANZHOU, YEAR);
        long ownCourse = courseOf(CHANGSHOU, YEAR);
        long wanzhouOfficer = CredentialTables.officer("万州学员", WANZHOU);
        long changshouOfficer = CredentialTables.officer("长寿学员", CHANGSHOU);
        String subject = "trainer-attend-" + UUID.randomUUID();
        String trainer = Tokens.actingFor(TRAINER, CHANGSHOU, subject);
        String entry = "[{\"officerId\":" + changshouOfficer + ",\"hours\":6}]";

        assertOutOfScope(api().post("/api/v1/courses/" + wanzhouCourse + "/attendance", entry, trainer,
                Map.of("Idempotency-Key", "attend-" + subject)));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", wanzhouCourse));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM shr_idempotency_key WHERE subject = ?", subject));

        // Another agency's officer attending our own course is recorded: the organiser knows who attended.
        assertEquals(201, api().post("/api/v1/courses/" + ownCourse + "/attendance",
                "[{\"officerId\":" + wanzhouOfficer + ",\"hours\":6}]", trainer).status());
        api().post("/api/v1/courses/" + wanzhouCourse + "/attendance", entry, as(TRAINER, WANZHOU)).expect(201);

        String correction = "{\"hours\":5,\"reason\":\"签到表有误\",\"version\":1}";
        assertOutOfScope(api().put("/api/v1/courses/" + wanzhouCourse + "/attendance/" + changshouOfficer, correction,
                trainer));
        assertEquals(12, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                wanzhouCourse, changshouOfficer));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ? "
                + "AND action <> 'TRAINING_ATTENDANCE_RECORDED'", subject));
        assertOutOfScope(api().get("/api/v1/courses/" + wanzhouCourse + "/attendance", trainer));
        assertOutOfScope(api().get("/api/v1/courses/" + wanzhouCourse + "/attendance/" + changshouOfficer
                + "/changes", as(HR, CHANGSHOU)));
        assertEquals(200, api().get("/api/v1/courses/" + wanzhouCourse + "/attendance",
                as(JUDICIAL, MUNICIPAL_JUSTICE)).status());
        assertEquals(200, api().put("/api/v1/courses/" + wanzhouCourse + "/attendance/" + changshouOfficer, correction,
                as(TRAINER, WANZHOU)).status());
    }

    @Test
    void anImportWithARowOfACourseOutsideTheScopeIsRefusedNamingTheLineAndStoresNothing() {
        long ownCourse = courseOf(CHANGSHOU, YEAR);
        long wanzhouCourse = courseOf(WANZHOU, YEAR);
        long officer = CredentialTables.officer("导入学员", CHANGSHOU);
        long other = CredentialTables.officer("导入学员二", WANZHOU);
        String subject = "trainer-import-" + UUID.randomUUID();
        String file = "courseId,officerId,hours\n" + ownCourse + "," + officer + ",6\n" + wanzhouCourse + "," + officer
                + ",6\n" + ownCourse + "," + other + ",6\n";

        Reply refused = api().upload("/api/v1/attendance/import?year=" + YEAR, "text/csv",
                file.getBytes(StandardCharsets.UTF_8), Tokens.actingFor(TRAINER, CHANGSHOU, subject));

        assertOutOfScope(refused);
        assertEquals(List.of("line:3:courseId"), refused.fields());
        assertEquals(List.of("AGENCY_OUT_OF_SCOPE"), refused.codes());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id IN (?, ?)", ownCourse,
                wanzhouCourse));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE actor_subject = ?", subject));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_import_batch WHERE imported_by = ?", subject));

        Reply imported = api().upload("/api/v1/attendance/import?year=" + YEAR, "text/csv",
                ("courseId,officerId,hours\n" + ownCourse + "," + officer + ",6\n" + ownCourse + "," + other + ",6\n")
                        .getBytes(StandardCharsets.UTF_8), as(TRAINER, CHANGSHOU));
        assertEquals(201, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("rows"));
    }

    // --- an officer's credits and archive, the compliance report ---

    @Test
    void anOfficersCreditsAndArchiveAreReadByStaffOfTheOfficersAgencyAndTheOfficerThemself() {
        long wanzhou = CredentialTables.officer("万州档案", WANZHOU);
        long urban = CredentialTables.officer("城管档案", CHANGSHOU_URBAN);

        for (String path : List.of("/training?year=" + YEAR, "/training/archive")) {
            assertOutOfScope(api().get("/api/v1/officers/" + wanzhou + path, as(HR, CHANGSHOU)));
            assertOutOfScope(api().get("/api/v1/officers/" + wanzhou + path, as(TRAINER, CHANGSHOU)));
            assertOutOfScope(api().get("/api/v1/officers/" + urban + path, as(HR, CHANGSHOU)));
            assertOutOfScope(api().get("/api/v1/officers/" + wanzhou + path, as(JUDICIAL, CHANGSHOU_JUSTICE)));
            assertEquals(200, api().get("/api/v1/officers/" + urban + path, as(JUDICIAL, CHANGSHOU_JUSTICE)).status());
            assertEquals(200, api().get("/api/v1/officers/" + wanzhou + path, as(HR, WANZHOU)).status());
            assertEquals(200, api().get("/api/v1/officers/" + wanzhou + path, as(JUDICIAL, MUNICIPAL_JUSTICE)).status());
            assertEquals(200, api().get("/api/v1/officers/" + wanzhou + path, Tokens.officer(wanzhou)).status());
            assertEquals(404, api().get("/api/v1/officers/999999999" + path, as(HR, CHANGSHOU)).status());
        }
        Reply download = api().send("GET", "/api/v1/officers/" + wanzhou + "/training/archive", as(HR, CHANGSHOU), null,
                null, Map.of("Accept", "text/csv"));
        assertEquals(403, download.status());
    }

    @Test
    void theComplianceReportAndItsExportHoldOnlyTheOfficersInScope() {
        String name = "达标" + UUID.randomUUID().toString().substring(0, 6);
        CredentialTables.officer(name + "长寿", CHANGSHOU);
        CredentialTables.officer(name + "万州", WANZHOU);
        String report = "/api/v1/training/compliance?year=" + YEAR + "&size=100";

        JsonObject mine = api().get(report, as(HR, CHANGSHOU)).expect(200).json();
        JsonObject asked = api().get(report + "&agency=" + CHANGSHOU, as(HR, CHANGSHOU)).expect(200).json();
        assertEquals(asked.getInt("total"), mine.getInt("total"), "hr's report is its agency's and its units'");
        assertTrue(Set.of(CHANGSHOU, CHANGSHOU_UNIT, "500115012").containsAll(agencies(mine)), agencies(mine).toString());
        assertTrue(agencies(api().get(report, as(JUDICIAL, CHANGSHOU_JUSTICE)).expect(200).json()).stream()
                .allMatch(code -> code.startsWith("500115")));
        assertTrue(api().get(report, as(JUDICIAL, MUNICIPAL_JUSTICE)).expect(200).json().getInt("total")
                > mine.getInt("total"));

        assertOutOfScope(api().get(report + "&agency=" + WANZHOU, as(HR, CHANGSHOU)));
        assertOutOfScope(api().get(report + "&agency=" + WANZHOU, as(JUDICIAL, CHANGSHOU_JUSTICE)));
        assertOutOfScope(api().send("GET", report + "&agency=" + WANZHOU, as(TRAINER, CHANGSHOU), null, null,
                Map.of("Accept", "text/csv")));

        Reply export = api().send("GET", "/api/v1/training/compliance?year=" + YEAR, as(HR, CHANGSHOU), null, null,
                Map.of("Accept", "text/csv"));
        assertEquals(200, export.status());
        assertTrue(export.body().contains(name + "长寿"));
        assertFalse(export.body().contains(name + "万州"));
        assertTrue(api().send("GET", "/api/v1/training/compliance?year=" + YEAR, as(JUDICIAL, MUNICIPAL_JUSTICE), null,
                null, Map.of("Accept", "text/csv")).body().contains(name + "万州"));
    }

    // --- helpers ---

    /** A one-day course of 6 hours in {@code year}, created by a trainer of its organiser; its id. */
    private long courseOf(String organizer, int year) {
        return api().post("/api/v1/courses", course(organizer, "测试课程").replace("2026-03-10", year + "-03-10"),
                as(TRAINER, organizer)).expect(201).json().getJsonNumber("id").longValue();
    }

    private static String withVersion(String json) {
        return json.substring(0, json.length() - 1) + ",\"version\":1}";
    }

    private Set<Long> listed(String query, String token, Set<Long> among) {
        return api().get("/api/v1/courses?year=" + LIST_YEAR + "&size=100" + query, token).expect(200).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .filter(among::contains).collect(Collectors.toSet());
    }

    private static Set<String> agencies(JsonObject report) {
        return report.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("agencyCode"))
                .collect(Collectors.toSet());
    }
}
