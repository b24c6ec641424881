package cn.zhifa.training.testing;

import cn.zhifa.platform.testing.ApiClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.Tokens.as;

/** What a trainer does through the API, for tests that need courses and attendance. */
public final class TrainingSteps {
    private final ApiClient api;

    public TrainingSteps(ApiClient api) {
        this.api = api;
    }

    /** Creates a course and returns its id. */
    public long course(String category, String organizer, String hours, String startsOn, String endsOn) {
        return api.post("/api/v1/courses", "{\"title\":\"测试课程\",\"category\":\"" + category
                + "\",\"organizerAgency\":\"" + organizer + "\",\"hours\":" + hours + ",\"startsOn\":\"" + startsOn
                + "\",\"endsOn\":\"" + endsOn + "\",\"mode\":\"OFFLINE\"}", as(TRAINER)).expect(201).json()
                .getJsonNumber("id").longValue();
    }

    /** A one-day course in {@code year}. */
    public long course(String category, String organizer, String hours, int year) {
        LocalDate day = LocalDate.of(year, 5, 10);
        return course(category, organizer, hours, day.toString(), day.plusDays(daysFor(hours) - 1).toString());
    }

    /** The days a course of {@code hours} needs at 8 class hours a day (zhifa.training.course.max-hours-per-day). */
    public static int daysFor(String hours) {
        return new BigDecimal(hours).divide(BigDecimal.valueOf(8), 0, RoundingMode.CEILING).max(BigDecimal.ONE)
                .intValueExact();
    }

    /** Records attendances ({@code officerId, hours} pairs) and expects 201. */
    public void attend(long courseId, Object... officerAndHours) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < officerAndHours.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"officerId\":").append(officerAndHours[i])
                    .append(",\"hours\":").append(officerAndHours[i + 1]).append('}');
        }
        attendRaw(courseId, json.append(']').toString()).expect(201);
    }

    public ApiClient.Reply attendRaw(long courseId, String json) {
        return api.post("/api/v1/courses/" + courseId + "/attendance", json, as(TRAINER));
    }
}
