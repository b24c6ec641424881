package cn.zhifa.training.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The yearly legal-training duty as configured: how many hours are required (每人每年不少于60学时), which
 * categories count toward them, and how many 法律知识更新培训 organised by the officer's own agency are
 * required. Political-theory and party-education hours never count: the law says they come on top.
 *
 * @param requiredHours         the yearly legal hours required, positive
 * @param countingCategories    the categories whose hours are legal hours; never {@link TrainingCategory#POLITICAL}
 * @param requiredOwnAgencyUpdates how many {@link TrainingCategory#LAW_UPDATE} courses organised by the
 *                              officer's own agency are required, {@code >= 0}
 */
public record TrainingPolicy(Hours requiredHours, Set<TrainingCategory> countingCategories,
                             int requiredOwnAgencyUpdates) {
    /** The rule of seed 001 §五(三). */
    public static final TrainingPolicy STANDARD = new TrainingPolicy(Hours.ofWhole(60),
            EnumSet.of(TrainingCategory.COMPREHENSIVE_LAW, TrainingCategory.PROFESSIONAL_LAW,
                    TrainingCategory.LAW_UPDATE), 1);

    public TrainingPolicy {
        if (requiredHours.isZero()) {
            throw new IllegalArgumentException("required hours must be positive");
        }
        if (countingCategories.isEmpty()) {
            throw new IllegalArgumentException("at least one training category must count");
        }
        if (countingCategories.contains(TrainingCategory.POLITICAL)) {
            throw new IllegalArgumentException("political-theory hours never count toward the legal hours");
        }
        if (requiredOwnAgencyUpdates < 0) {
            throw new IllegalArgumentException("required update trainings must not be negative");
        }
        countingCategories = Set.copyOf(EnumSet.copyOf(countingCategories));
    }

    public boolean counts(TrainingCategory category) {
        return countingCategories.contains(category);
    }
}
