package cn.zhifa.training.service;

import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.domain.TrainingDuty;
import cn.zhifa.training.domain.TrainingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of training-service, read in this one place ({@code zhifa.training.*}, defaults in the
 * annotations; docs/training.md lists them). A setting that breaks a rule of law (e.g. counting
 * political-theory hours) stops the start rather than being ignored.
 */
@ApplicationScoped
public class TrainingSettings {
    private final TrainingDuty duty;
    private final List<String> dutyPostStatuses;
    private final List<String> exemptEmploymentTypes;
    private final int maxAttendancePerRequest;
    private final int importChunkSize;
    private final int maxReportedErrors;
    private final Hours maxCourseHoursPerDay;

    @Inject
    public TrainingSettings(
            @ConfigProperty(name = "zhifa.training.required-hours", defaultValue = "60") BigDecimal requiredHours,
            @ConfigProperty(name = "zhifa.training.counting-categories",
                    defaultValue = "COMPREHENSIVE_LAW,PROFESSIONAL_LAW,LAW_UPDATE") String countingCategories,
            @ConfigProperty(name = "zhifa.training.required-own-agency-updates", defaultValue = "1")
            int requiredOwnAgencyUpdates,
            @ConfigProperty(name = "zhifa.training.duty-post-statuses", defaultValue = "ON_POST") String dutyPostStatuses,
            @ConfigProperty(name = "zhifa.training.exempt-employment-types", defaultValue = "ASSISTANT")
            Optional<String> exemptEmploymentTypes,
            @ConfigProperty(name = "zhifa.training.attendance.max-per-request", defaultValue = "5000")
            int maxAttendancePerRequest,
            @ConfigProperty(name = "zhifa.training.import.chunk-size", defaultValue = "2000") int importChunkSize,
            @ConfigProperty(name = "zhifa.training.import.max-reported-errors", defaultValue = "1000")
            int maxReportedErrors,
            @ConfigProperty(name = "zhifa.training.course.max-hours-per-day", defaultValue = "8")
            BigDecimal maxCourseHoursPerDay) {
        this.duty = new TrainingDuty(new TrainingPolicy(Hours.of(requiredHours), categories(countingCategories),
                requiredOwnAgencyUpdates));
        this.dutyPostStatuses = split(dutyPostStatuses);
        this.exemptEmploymentTypes = exemptEmploymentTypes.map(TrainingSettings::split).orElse(List.of());
        if (this.dutyPostStatuses.isEmpty()) {
            throw new IllegalArgumentException("zhifa.training.duty-post-statuses must name at least one status");
        }
        this.maxAttendancePerRequest = positive("zhifa.training.attendance.max-per-request", maxAttendancePerRequest);
        this.importChunkSize = positive("zhifa.training.import.chunk-size", importChunkSize);
        this.maxReportedErrors = positive("zhifa.training.import.max-reported-errors", maxReportedErrors);
        this.maxCourseHoursPerDay = Hours.of(maxCourseHoursPerDay);
        if (this.maxCourseHoursPerDay.isZero()) {
            throw new IllegalArgumentException("zhifa.training.course.max-hours-per-day must be more than 0");
        }
    }

    /** The most class hours a course may credit per day of its dates (8 by default: a day of classes). */
    public Hours maxCourseHoursPerDay() {
        return maxCourseHoursPerDay;
    }

    /** The yearly duty under the configured policy. */
    public TrainingDuty duty() {
        return duty;
    }

    public TrainingPolicy policy() {
        return duty.policy();
    }

    /** Post statuses of the officers the compliance report lists (the duty applies to officers on post). */
    public List<String> dutyPostStatuses() {
        return dutyPostStatuses;
    }

    /** Employment types the duty does not apply to (执法辅助人员 by default). */
    public List<String> exemptEmploymentTypes() {
        return exemptEmploymentTypes;
    }

    /** The most entries one attendance request may carry; larger lists go through the import. */
    public int maxAttendancePerRequest() {
        return maxAttendancePerRequest;
    }

    /** Rows checked and inserted per round trip during an import. */
    public int importChunkSize() {
        return importChunkSize;
    }

    /** Row errors listed in a refused import's response; the rest are counted. */
    public int maxReportedErrors() {
        return maxReportedErrors;
    }

    private static Set<TrainingCategory> categories(String codes) {
        EnumSet<TrainingCategory> categories = EnumSet.noneOf(TrainingCategory.class);
        for (String code : split(codes)) {
            categories.add(TrainingCategory.fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                    "zhifa.training.counting-categories: unknown training category " + code)));
        }
        return categories;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static <N extends Number & Comparable<N>> N positive(String name, N value) {
        if (value.longValue() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
