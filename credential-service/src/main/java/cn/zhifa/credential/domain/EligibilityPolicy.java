package cn.zhifa.credential.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The configurable part of eligibility.
 *
 * @param eligibleEmploymentTypes employment types that may hold a credential (law: only {@code REGULAR});
 *                                {@link EmploymentType#ASSISTANT} is refused here, assistants never hold one
 * @param qualificationExemptsComprehensiveExam whether the 法律职业资格 replaces the comprehensive exam
 */
public record EligibilityPolicy(Set<EmploymentType> eligibleEmploymentTypes,
                                boolean qualificationExemptsComprehensiveExam) {
    public EligibilityPolicy {
        if (eligibleEmploymentTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one employment type must be eligible");
        }
        if (eligibleEmploymentTypes.contains(EmploymentType.ASSISTANT)) {
            throw new IllegalArgumentException("enforcement assistants never hold a credential");
        }
        eligibleEmploymentTypes = Set.copyOf(EnumSet.copyOf(eligibleEmploymentTypes));
    }

    /** The law as written: establishment staff only, and the legal qualification exempts the comprehensive exam. */
    public static EligibilityPolicy standard() {
        return new EligibilityPolicy(EnumSet.of(EmploymentType.REGULAR), true);
    }
}
