package cn.zhifa.training.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.training.testing.TrainingSteps;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

@HelidonTest
@DatabaseTest
class AttendanceApiTest {
    private static final String AGENCY = "500115005";

    @Inject
    WebTarget target;

    private TrainingSteps steps;
    private long course;
    private long zhang;
    private long li;

    @BeforeEach
    void courseAndOfficers() {
        steps = new TrainingSteps(ApiClient.of(target));
        course = steps.course("PROFESSIONAL_LAW", AGENCY, "6", 2026);
        zhang = CredentialTables.officer("张三", AGENCY);
        li = CredentialTables.officer("李四", AGENCY);
    }

    @Test
    void shouldRecordEveryEntryAndKeepTheYearlyTotals() {
        Reply response = steps.attendRaw(course,
                "[{\"officerId\":" + zhang + ",\"hours\":6},{\"officerId\":" + li + ",\"hours\":5.5}]");

        assertEquals(201, response.status());
        JsonObject body = response.json();
        assertEquals(2, body.getInt("recorded"));
        assertEquals("11.5", body.getJsonNumber("hours").toString());
        assertEquals(11, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, li));
        assertEquals(12, Sql.number("SELECT professional_half_hours FROM trn_year_total"
                + " WHERE credit_year = 2026 AND officer_id = ?", zhang));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'TRAINING_ATTENDANCE_RECORDED'"
                + " AND entity_id = ?", String.valueOf(course)));
    }

    @Test
    void shouldStoreNothingWhenOneEntryIsRefused() {
        long unknownOfficer = 9_000_000_000L + zhang;

        Reply response = steps.attendRaw(course, "[{\"officerId\":" + zhang + ",\"hours\":6},"
                + "{\"officerId\":" + unknownOfficer + ",\"hours\":6},{\"officerId\":" + li + ",\"hours\":6.5}]");

        assertEquals(422, response.status());
        JsonArray errors = response.json().getJsonArray("errors");
        assertEquals(List.of("[1].officerId:OFFICER_UNKNOWN", "[2].hours:HOURS_OVER_COURSE"),
                errors.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field") + ":" + e.getString("code")).toList());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_year_total WHERE officer_id = ?", zhang));
    }

    /** Issue 22 item 11: a trainer names attendees by identity number or credential number as well as by id. */
    @Test
    void shouldRecordEntriesNamingOfficersByIdentityNumberOrCredentialNumber() {
        String number = CredentialTables.credential(li, AGENCY, "ACTIVE");
        Reply response = steps.attendRaw(course, "[{\"idNumber\":\"" + CredentialTables.idNumberOf(zhang).toLowerCase()
                + "\",\"hours\":6},{\"credentialNumber\":\" " + number + " \",\"hours\":5}]");

        assertEquals(201, response.status(), response.body());
        assertEquals(12, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, zhang));
        assertEquals(10, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, li));
    }

    @Test
    void shouldNameAMistypedIdentityNumberAnUnknownCredentialAndAnOfficerNamedTwice() {
        String idNumber = CredentialTables.idNumberOf(zhang);
        String mistyped = idNumber.substring(0, 16) + (idNumber.charAt(16) == '9' ? '0' : '9') + idNumber.charAt(17);
        Reply malformed = steps.attendRaw(course, "[{\"idNumber\":\"" + mistyped + "\",\"hours\":6},"
                + "{\"officerId\":" + li + ",\"idNumber\":\"" + idNumber + "\",\"hours\":6}]");
        Reply unknown = steps.attendRaw(course, "[{\"officerId\":" + zhang + ",\"hours\":6},"
                + "{\"credentialNumber\":\"500115NOSUCHNUMBER\",\"hours\":6},"
                + "{\"idNumber\":\"" + idNumber + "\",\"hours\":6}]");

        assertEquals(400, malformed.status());
        assertEquals(List.of("[0].idNumber:IMPORT_ID_NUMBER_INVALID", "[1].idNumber:IMPORT_OFFICER_GIVEN_TWICE"),
                errors(malformed));
        assertEquals(422, unknown.status());
        assertEquals(List.of("[1].credentialNumber:OFFICER_UNKNOWN", "[2].idNumber:ATTENDANCE_DUPLICATE_IN_REQUEST"),
                errors(unknown));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
    }

    private static List<String> errors(Reply response) {
        return response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("code")).toList();
    }

    @Test
    void shouldRefuseMalformedEntriesWith400() {
        Reply response = steps.attendRaw(course, "[{\"officerId\":" + zhang + ",\"hours\":0.3},"
                + "{\"hours\":2},{\"officerId\":" + zhang + ",\"hours\":1}]");

        assertEquals(400, response.status());
        assertEquals(List.of("[0].hours:HOURS_NOT_HALF_STEP", "[1].officerId:FIELD_REQUIRED",
                        "[2].officerId:ATTENDANCE_DUPLICATE_IN_REQUEST"),
                response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field") + ":" + e.getString("code")).toList());
        assertEquals(400, steps.attendRaw(course, "[]").status());
    }

    @Test
    void shouldAnswer409ForASecondRecordOfTheSameOfficer() {
        steps.attend(course, zhang, 6);

        Reply again = steps.attendRaw(course, "[{\"officerId\":" + li + ",\"hours\":6},{\"officerId\":" + zhang
                + ",\"hours\":3}]");

        assertEquals(409, again.status());
        assertEquals("urn:zhifa:problem:ATTENDANCE_ALREADY_RECORDED", again.json().getString("type"));
        assertEquals(12, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, zhang));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, li));
    }

    @Test
    void shouldCorrectHoursKeepingTheHistoryAndTheTotals() {
        steps.attend(course, zhang, 6);

        Response corrected = correct(zhang, "{\"hours\":4.5,\"reason\":\"提前离场\",\"version\":1}");

        assertEquals(200, corrected.getStatus());
        assertEquals(2, corrected.readEntity(JsonObject.class).getInt("version"));
        assertEquals(9, Sql.number("SELECT professional_half_hours FROM trn_year_total"
                + " WHERE credit_year = 2026 AND officer_id = ?", zhang));
        JsonArray history = target.path("/api/v1/courses/" + course + "/attendance/" + zhang + "/changes").request()
                .header("Authorization", as(TRAINER)).get(JsonArray.class);
        assertEquals(1, history.size());
        assertEquals("6", history.getJsonObject(0).getJsonNumber("oldHours").toString());
        assertEquals("4.5", history.getJsonObject(0).getJsonNumber("newHours").toString());
        assertEquals("提前离场", history.getJsonObject(0).getString("reason"));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'TRAINING_ATTENDANCE_CORRECTED'"
                + " AND entity_id = ?", course + "/" + zhang));
    }

    @Test
    void shouldRefuseACorrectionThatIsStaleOverTheCourseOrWithoutReason() {
        steps.attend(course, zhang, 6);

        assertEquals(409, correct(zhang, "{\"hours\":5,\"reason\":\"x\",\"version\":3}").getStatus());
        assertEquals(422, correct(zhang, "{\"hours\":7,\"reason\":\"x\",\"version\":1}").getStatus());
        assertEquals(400, correct(zhang, "{\"hours\":5,\"version\":1}").getStatus());
        assertEquals(404, correct(li, "{\"hours\":5,\"reason\":\"x\",\"version\":1}").getStatus());
        assertEquals(12, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, zhang));
    }

    @Test
    void shouldListTheAttendanceOfACourse() {
        steps.attend(course, zhang, 6, li, 2);

        JsonObject page = target.path("/api/v1/courses/" + course + "/attendance").request()
                .header("Authorization", as(TRAINER)).get(JsonObject.class);

        assertEquals(2, page.getInt("total"));
        assertEquals("张三", page.getJsonArray("items").getJsonObject(0).getString("officerName"));
    }

    private Response correct(long officerId, String json) {
        return target.path("/api/v1/courses/" + course + "/attendance/" + officerId).request()
                .header("Authorization", as(TRAINER)).put(Entity.json(json));
    }
}
