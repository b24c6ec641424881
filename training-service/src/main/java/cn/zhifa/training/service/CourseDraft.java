package cn.zhifa.training.service;

import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.CourseMode;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.TrainingCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * A course as a trainer submits it (create or replace), before validation.
 *
 * @param title           required, at most 200 characters
 * @param category        a code of the {@code training-categories} dictionary
 * @param organizerAgency a code of the {@code agencies} dictionary
 * @param hours           class hours in half-hour steps, e.g. {@code 2.5}
 * @param startsOn        first day
 * @param endsOn          last day, not before {@code startsOn}
 * @param mode            one of {@link CourseMode}
 * @param version         the version being replaced (updates only)
 */
public record CourseDraft(String title, String category, String organizerAgency, BigDecimal hours,
                          LocalDate startsOn, LocalDate endsOn, String mode, Integer version) {
    static final int TITLE_MAX = 200;
    /** Sanity bounds of a course's dates (a year 0 course would credit hours to year 0). */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    /**
     * The course this draft describes, or 400 naming every bad field. Its hours must fit its days: at most
     * {@code maxHoursPerDay} for each day from the first to the last (a one-day course of 500 hours is a typing error).
     */
    Course validate(long id, int currentVersion, Dictionaries dictionaries, Hours maxHoursPerDay) {
        Violations violations = new Violations();
        if (title == null || title.isBlank()) {
            violations.add("title", "FIELD_REQUIRED");
        } else if (title.strip().length() > TITLE_MAX) {
            violations.add("title", "FIELD_TOO_LONG", TITLE_MAX);
        }
        TrainingCategory trainingCategory = TrainingCategory.fromCode(category)
                .filter(code -> dictionaries.isTrainingCategory(code.name())).orElse(null);
        if (category == null) {
            violations.add("category", "FIELD_REQUIRED");
        } else {
            violations.require(trainingCategory != null, "category", "TRAINING_CATEGORY_UNKNOWN", category);
        }
        if (organizerAgency == null) {
            violations.add("organizerAgency", "FIELD_REQUIRED");
        } else {
            violations.require(dictionaries.isAgency(organizerAgency), "organizerAgency", "AGENCY_UNKNOWN", organizerAgency);
        }
        Hours courseHours = HoursInput.read(hours, "hours", violations);
        violations.require(startsOn != null, "startsOn", "FIELD_REQUIRED");
        violations.require(endsOn != null, "endsOn", "FIELD_REQUIRED");
        requireWithinBounds(startsOn, "startsOn", violations);
        requireWithinBounds(endsOn, "endsOn", violations);
        if (startsOn != null && endsOn != null) {
            violations.require(!endsOn.isBefore(startsOn), "endsOn", "COURSE_ENDS_BEFORE_START");
            requireHoursFitDays(courseHours, startsOn, endsOn, maxHoursPerDay, violations);
        }
        CourseMode courseMode = Arrays.stream(CourseMode.values()).filter(m -> m.name().equals(mode)).findFirst()
                .orElse(null);
        violations.require(courseMode != null, "mode", mode == null ? "FIELD_REQUIRED" : "COURSE_MODE_UNKNOWN", mode);
        violations.throwIfInvalid();
        return new Course(id, title.strip(), trainingCategory, organizerAgency, courseHours, startsOn, endsOn,
                courseMode, currentVersion);
    }

    private static void requireHoursFitDays(Hours courseHours, LocalDate startsOn, LocalDate endsOn,
                                            Hours maxHoursPerDay, Violations violations) {
        if (courseHours == null || endsOn.isBefore(startsOn)) {
            return;
        }
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        BigDecimal most = maxHoursPerDay.toDecimal().multiply(BigDecimal.valueOf(days));
        violations.require(courseHours.toDecimal().compareTo(most) <= 0, "hours", "COURSE_HOURS_EXCEED_DAYS",
                courseHours.toDecimal(), days, maxHoursPerDay.toDecimal(), most);
    }

    private static void requireWithinBounds(LocalDate day, String field, Violations violations) {
        if (day != null) {
            violations.require(!day.isBefore(EARLIEST), field, "DATE_TOO_EARLY", EARLIEST.toString());
            violations.require(!day.isAfter(LATEST), field, "DATE_TOO_LATE", LATEST.toString());
        }
    }
}
