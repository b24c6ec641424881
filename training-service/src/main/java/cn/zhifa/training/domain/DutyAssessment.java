package cn.zhifa.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The yearly duty of one officer assessed on a day: the hours, what is still missing, and the status.
 *
 * @param year             the training year
 * @param asOf             the day of the assessment; after the year's end the assessment is final
 * @param hoursByCategory  credited hours of every category
 * @param legalHours       hours of the counting categories
 * @param otherHours       hours of the other categories (recorded, not counted)
 * @param requiredHours    the yearly requirement
 * @param expectedHours    the pro-rata share of the requirement due by {@code asOf} (rounded up to half an hour)
 * @param ownAgencyUpdates 法律知识更新培训 organised by the officer's own agency
 * @param status           where the officer stands
 * @param missing          every unmet duty of the year, empty when compliant
 */
public record DutyAssessment(int year, LocalDate asOf, Map<TrainingCategory, Hours> hoursByCategory,
                             Hours legalHours, Hours otherHours, Hours requiredHours, Hours expectedHours,
                             int ownAgencyUpdates, DutyStatus status, List<MissingDuty> missing) {
    public DutyAssessment {
        hoursByCategory = Map.copyOf(hoursByCategory);
        missing = List.copyOf(missing);
    }

    /** Every duty of the year is met. */
    public boolean compliant() {
        return status == DutyStatus.COMPLIANT;
    }
}
