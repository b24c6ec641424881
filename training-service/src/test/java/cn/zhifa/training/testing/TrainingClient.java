package cn.zhifa.training.testing;

import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calls training-service's API the way a trainer would, for tests that need courses and attendance. */
public final class TrainingClient {
    private final WebTarget target;

    public TrainingClient(WebTarget target) {
        this.target = target;
    }

    public static String trainer() {
        return Tokens.bearer("trainer-test", Roles.TRAINER);
    }

    /** Creates a course and returns its id. */
    public long course(String category, String organizer, String hours, String startsOn, String endsOn) {
        Response response = target.path("/api/v1/courses").request().header("Authorization", trainer())
                .post(Entity.json("{\"title\":\"测试课程\",\"category\":\"" + category + "\",\"organizerAgency\":\""
                        + organizer + "\",\"hours\":" + hours + ",\"startsOn\":\"" + startsOn + "\",\"endsOn\":\""
                        + endsOn + "\",\"mode\":\"OFFLINE\"}"));
        JsonObject body = response.readEntity(JsonObject.class);
        assertEquals(201, response.getStatus(), body.toString());
        return body.getJsonNumber("id").longValue();
    }

    /** A one-day course in {@code year}. */
    public long course(String category, String organizer, String hours, int year) {
        java.time.LocalDate day = java.time.LocalDate.of(year, 5, 10);
        return course(category, organizer, hours, day.toString(), day.plusDays(daysFor(hours) - 1).toString());
    }

    /** The days a course of {@code hours} needs at 8 class hours a day (zhifa.training.course.max-hours-per-day). */
    public static int daysFor(String hours) {
        return new java.math.BigDecimal(hours).divide(java.math.BigDecimal.valueOf(8), 0, java.math.RoundingMode.CEILING)
                .max(java.math.BigDecimal.ONE).intValueExact();
    }

    /** Records attendances ({@code officerId, hours} pairs) and expects 201. */
    public void attend(long courseId, Object... officerAndHours) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < officerAndHours.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"officerId\":").append(officerAndHours[i])
                    .append(",\"hours\":").append(officerAndHours[i + 1]).append('}');
        }
        Response response = attendRaw(courseId, json.append(']').toString());
        assertEquals(201, response.getStatus(), response.readEntity(String.class));
    }

    public Response attendRaw(long courseId, String json) {
        return target.path("/api/v1/courses/" + courseId + "/attendance").request().header("Authorization", trainer())
                .post(Entity.json(json));
    }
}
