package cn.zhifa.credential.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 年审 for year Y: the holder must still be eligible and must have done the training duty of year Y-1
 * (enough legal hours and the own unit's update training). A failed review suspends an active
 * credential; a passed review reinstates one that a failed review had suspended.
 */
public final class AnnualReviewRules {
    /** Too few legal training hours; arguments: the year, the hours done, the hours required. */
    public static final String TRAINING_HOURS_SHORT = "TRAINING_HOURS_SHORT";
    /** Too few own-unit update trainings; arguments: the year, the number done, the number required. */
    public static final String UPDATE_TRAINING_MISSING = "UPDATE_TRAINING_MISSING";
    /** Year Y is not after the year of issue or lies in the future; arguments: first and last reviewable year. */
    public static final String REVIEW_YEAR_NOT_DUE = "REVIEW_YEAR_NOT_DUE";
    /** Only an active or suspended credential is reviewed; argument: the status. */
    public static final String REVIEW_NOT_APPLICABLE = "REVIEW_NOT_APPLICABLE";

    private AnnualReviewRules() {
    }

    /** The outcome of a review: passed when no rule is unmet. */
    public record Decision(int year, List<UnmetRule> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }

        public boolean passed() {
            return reasons.isEmpty();
        }
    }

    /** The change a review leads to. */
    public record Consequence(CredentialAction action, TransitionReason reason) {
    }

    /**
     * Why year {@code year} cannot be reviewed for a credential first issued on {@code issuedOn}: the
     * first review is the year after issue, and no year after {@code today}'s can be reviewed.
     */
    public static Optional<UnmetRule> yearProblem(int year, LocalDate issuedOn, LocalDate today) {
        int first = issuedOn.getYear() + 1;
        int last = today.getYear();
        return year < first || year > last
                ? Optional.of(UnmetRule.of(REVIEW_YEAR_NOT_DUE, first, last))
                : Optional.empty();
    }

    /** Reviews year {@code year} from the holder's eligibility now and the training duty of year - 1. */
    public static Decision review(int year, List<UnmetRule> eligibility, TrainingDuty previousYear, ReviewPolicy policy) {
        if (previousYear.year() != year - 1) {
            throw new IllegalArgumentException("the review of " + year + " looks at the training of " + (year - 1));
        }
        List<UnmetRule> reasons = new ArrayList<>(eligibility);
        if (previousYear.legalHours().compareTo(policy.requiredLegalHours()) < 0) {
            reasons.add(UnmetRule.of(TRAINING_HOURS_SHORT, previousYear.year(),
                    previousYear.legalHours().stripTrailingZeros().toPlainString(),
                    policy.requiredLegalHours().stripTrailingZeros().toPlainString()));
        }
        if (previousYear.ownUnitUpdateTrainings() < policy.requiredUpdateTrainings()) {
            reasons.add(UnmetRule.of(UPDATE_TRAINING_MISSING, previousYear.year(),
                    previousYear.ownUnitUpdateTrainings(), policy.requiredUpdateTrainings()));
        }
        return new Decision(year, reasons);
    }

    /** Whether a credential in this status can be reviewed at all. */
    public static boolean applicable(CredentialStatus status) {
        return status == CredentialStatus.ACTIVE || status == CredentialStatus.SUSPENDED;
    }

    /**
     * What the decision does to a credential now in {@code status}, last changed for {@code statusReason}:
     * suspend an active one that failed, reinstate one suspended by a failed review that now passed,
     * otherwise nothing (another suspension is not lifted by a review).
     */
    public static Optional<Consequence> consequence(Decision decision, CredentialStatus status,
                                                    TransitionReason statusReason) {
        if (!decision.passed() && status == CredentialStatus.ACTIVE) {
            return Optional.of(new Consequence(CredentialAction.SUSPEND, TransitionReason.ANNUAL_REVIEW_FAILED));
        }
        if (decision.passed() && status == CredentialStatus.SUSPENDED
                && statusReason == TransitionReason.ANNUAL_REVIEW_FAILED) {
            return Optional.of(new Consequence(CredentialAction.REINSTATE, TransitionReason.REVIEW_PASSED));
        }
        return Optional.empty();
    }
}
