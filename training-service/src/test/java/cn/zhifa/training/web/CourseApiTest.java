package cn.zhifa.training.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.platform.testing.Tokens;
import cn.zhifa.training.testing.TrainingSteps;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@HelidonTest
@DatabaseTest
class CourseApiTest {
    private static final String COURSE = "{\"title\":\"行政处罚法修订解读\",\"category\":\"LAW_UPDATE\","
            + "\"organizerAgency\":\"500115002\",\"hours\":6.5,\"startsOn\":\"2026-03-10\",\"endsOn\":\"2026-03-11\","
            + "\"mode\":\"OFFLINE\"}";

    @Inject
    WebTarget target;

    @Test
    void shouldCreateACourseWithHalfHoursAndRecordTheEvent() {
        Response response = courses().request().header("Authorization", as(TRAINER)).post(Entity.json(COURSE));

        JsonObject body = response.readEntity(JsonObject.class);
        assertEquals(201, response.getStatus(), body.toString());
        long id = body.getJsonNumber("id").longValue();
        assertTrue(response.getLocation().getPath().endsWith("/api/v1/courses/" + id));
        assertEquals("6.5", body.getJsonNumber("hours").toString());
        assertEquals(2026, body.getInt("creditYear"));
        assertEquals("重庆市长寿区市场监督管理局", body.getString("organizerName"));
        assertEquals(13, Sql.number("SELECT half_hours FROM trn_course WHERE id = ?", id));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE entity_type = 'training-course'"
                + " AND entity_id = ? AND action = 'TRAINING_COURSE_CREATED'", String.valueOf(id)));
    }

    @Test
    void shouldNameEveryInvalidField() {
        Response response = courses().request().header("Authorization", as(TRAINER)).header("Accept-Language", "en")
                .post(Entity.json("{\"title\":\" \",\"category\":\"COOKING\",\"organizerAgency\":\"nope\","
                        + "\"hours\":1.25,\"startsOn\":\"2026-03-10\",\"endsOn\":\"2026-03-01\",\"mode\":\"X\"}"));

        assertEquals(400, response.getStatus());
        JsonObject body = response.readEntity(JsonObject.class);
        List<String> fields = body.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ":" + error.getString("code")).toList();
        assertEquals(List.of("title:FIELD_REQUIRED", "category:TRAINING_CATEGORY_UNKNOWN",
                "organizerAgency:AGENCY_UNKNOWN", "hours:HOURS_NOT_HALF_STEP", "endsOn:COURSE_ENDS_BEFORE_START",
                "mode:COURSE_MODE_UNKNOWN"), fields);
        assertEquals("Hours must be a multiple of 0.5.",
                body.getJsonArray("errors").getJsonObject(3).getString("message"));
    }

    /** Issue 23 item 3: a title with a bidirectional override, or a NUL on a change, is refused by field. */
    @Test
    void shouldRefuseControlAndBidiCharactersInATitleOnCreateAndChangeAndStoreNothing() {
        String title = "批处理法解读-" + System.nanoTime();
        Response created = courses().request().header("Authorization", as(TRAINER)).header("Accept-Language", "en")
                .post(Entity.json(COURSE.replace("行政处罚法修订解读", "\\u202E" + title)));

        assertEquals(400, created.getStatus());
        JsonObject error = created.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0);
        assertEquals("title", error.getString("field"));
        assertEquals("TEXT_CHARACTER_FORBIDDEN", error.getString("code"));
        assertTrue(error.getString("message").contains("U+202E"), error.toString());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_course WHERE title LIKE ?", "%" + title));

        long courseId = new TrainingSteps(ApiClient.of(target)).course("OTHER", "500115002", "2", 2026);
        Response changed = put(courseId, "{\"title\":\"改名\\u0000\",\"category\":\"OTHER\",\"organizerAgency\":"
                + "\"500115002\",\"hours\":2,\"startsOn\":\"2026-05-10\",\"endsOn\":\"2026-05-10\",\"mode\":\"ONLINE\","
                + "\"version\":1}");
        assertEquals(400, changed.getStatus());
        assertTrue(changed.readEntity(String.class).contains("TEXT_CHARACTER_FORBIDDEN"));
        assertEquals(1, Sql.number("SELECT version FROM trn_course WHERE id = ?", courseId), "unchanged");
    }

    @Test
    void shouldRefuseMoreHoursThanTheCoursesDaysHoldNamingTheRule() {
        Response oneDay = courses().request().header("Authorization", as(TRAINER))
                .post(Entity.json(COURSE.replace("6.5", "500").replace("2026-03-11", "2026-03-10")));
        assertEquals(400, oneDay.getStatus());
        JsonObject error = oneDay.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0);
        assertEquals("hours:COURSE_HOURS_EXCEED_DAYS", error.getString("field") + ":" + error.getString("code"));
        assertEquals("课程 1 天，每天最多 8 学时，学时不得超过 8（填写的是 500）。请核对学时或起止日期。", error.getString("message"));

        assertEquals(400, courses().request().header("Authorization", as(TRAINER))
                .post(Entity.json(COURSE.replace("6.5", "16.5"))).getStatus(), "two days hold 16 hours");
        Response twoDays = courses().request().header("Authorization", as(TRAINER))
                .post(Entity.json(COURSE.replace("6.5", "16")));
        JsonObject created = twoDays.readEntity(JsonObject.class);
        assertEquals(201, twoDays.getStatus(), created.toString());
        long id = created.getJsonNumber("id").longValue();
        Response shortened = target.path("/api/v1/courses/" + id).request().header("Authorization", as(TRAINER))
                .put(Entity.json(COURSE.replace("6.5", "16").replace("2026-03-11", "2026-03-10")
                        .replace("}", ",\"version\":1}")));
        assertEquals(400, shortened.getStatus(), "a change of dates is checked as well");
    }

    @Test
    void shouldLetOnlyTrainersCreateCourses() {
        assertEquals(401, courses().request().post(Entity.json(COURSE)).getStatus());
        assertEquals(403, courses().request().header("Authorization", Tokens.bearer("7", Roles.OFFICER))
                .post(Entity.json(COURSE)).getStatus());
        assertEquals(403, courses().request().header("Authorization", Tokens.bearer("hr-1", Roles.HR))
                .post(Entity.json(COURSE)).getStatus());
    }

    @Test
    void shouldRefuseAStaleUpdateAndAChangeOfCategoryOnceAttended() {
        TrainingSteps steps = new TrainingSteps(ApiClient.of(target));
        long courseId = steps.course("PROFESSIONAL_LAW", "500115003", "8", 2026);
        long officer = CredentialTables.officer("赵一", "500115003");
        steps.attend(courseId, officer, 8);
        String changed = "{\"title\":\"改名\",\"category\":\"OTHER\",\"organizerAgency\":\"500115003\",\"hours\":8,"
                + "\"startsOn\":\"2026-05-10\",\"endsOn\":\"2026-05-10\",\"mode\":\"ONLINE\",\"version\":%d}";

        assertEquals(409, put(courseId, changed.formatted(7)).getStatus(), "stale version");
        Response categoryChange = put(courseId, changed.formatted(1));
        assertEquals(409, categoryChange.getStatus());
        assertEquals("urn:zhifa:problem:COURSE_HAS_ATTENDANCE",
                categoryChange.readEntity(JsonObject.class).getString("type"));
        Response below = put(courseId, changed.replace("OTHER", "PROFESSIONAL_LAW").replace("\"hours\":8", "\"hours\":4")
                .formatted(1));
        assertEquals(422, below.getStatus());
        Response renamed = put(courseId, changed.replace("OTHER", "PROFESSIONAL_LAW").formatted(1));
        assertEquals(200, renamed.getStatus());
        assertEquals(2, renamed.readEntity(JsonObject.class).getInt("version"));
        assertEquals("改名", Sql.text("SELECT title FROM trn_course WHERE id = ?", courseId));
    }

    @Test
    void shouldDeleteOnlyACourseNobodyAttended() {
        TrainingSteps steps = new TrainingSteps(ApiClient.of(target));
        long empty = steps.course("OTHER", "500115004", "2", 2026);
        long attended = steps.course("OTHER", "500115004", "2", 2026);
        steps.attend(attended, CredentialTables.officer("钱二", "500115004"), 2);

        assertEquals(409, delete(attended).getStatus());
        assertEquals(204, delete(empty).getStatus());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_course WHERE id = ?", empty));
        assertEquals(404, courses().path(String.valueOf(empty)).request().header("Authorization", as(TRAINER)).get()
                .getStatus());
    }

    @Test
    void shouldListCoursesOfAnAgencyAndItsSubAgencies() {
        TrainingSteps steps = new TrainingSteps(ApiClient.of(target));
        long parent = steps.course("OTHER", "500115002", "1", 2033);
        long child = steps.course("OTHER", "500115011", "1", 2033);
        long elsewhere = steps.course("OTHER", "500115005", "1", 2033);

        JsonObject page = courses().queryParam("year", 2033).queryParam("organizer", "500115002")
                .queryParam("size", 500).request().header("Authorization", Tokens.bearer("j", Roles.JUDICIAL))
                .get(JsonObject.class);

        List<Long> ids = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.containsAll(List.of(parent, child)), ids.toString());
        assertTrue(!ids.contains(elsewhere), ids.toString());
    }

    private WebTarget courses() {
        return target.path("/api/v1/courses");
    }

    private Response put(long id, String json) {
        return courses().path(String.valueOf(id)).request().header("Authorization", as(TRAINER)).put(Entity.json(json));
    }

    private Response delete(long id) {
        return courses().path(String.valueOf(id)).queryParam("version", 1).request().header("Authorization", as(TRAINER))
                .delete();
    }
}
