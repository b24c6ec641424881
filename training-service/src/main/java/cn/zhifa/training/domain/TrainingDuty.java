package cn.zhifa.training.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly legal-training duty (001 §五(三)): at least the policy's legal hours a year, and at least
 * the policy's number of 法律知识更新培训 organised by the officer's own agency.
 *
 * <p>While the year runs, an officer is on track when the legal hours reach the pro-rata share of the
 * requirement for the days elapsed (day of year / days in year, both inclusive of the day assessed).
 * A missing update training is listed but does not put anyone behind before the year ends: it is
 * usually a single course late in the year.
 */
public final class TrainingDuty {
    private final TrainingPolicy policy;

    public TrainingDuty(TrainingPolicy policy) {
        this.policy = policy;
    }

    public TrainingPolicy policy() {
        return policy;
    }

    /** Assesses {@code credits} of {@code year} as they stand on {@code asOf}. */
    public DutyAssessment assess(YearlyCredits credits, int year, LocalDate asOf) {
        Hours legal = credits.legalHours(policy);
        Hours required = policy.requiredHours();
        List<MissingDuty> missing = new ArrayList<>(2);
        Hours hoursLeft = legal.shortOf(required);
        if (!hoursLeft.isZero()) {
            missing.add(new MissingDuty(MissingDuty.LEGAL_HOURS, hoursLeft.toDecimal()));
        }
        int updatesLeft = policy.requiredOwnAgencyUpdates() - credits.ownAgencyUpdates();
        if (updatesLeft > 0) {
            missing.add(new MissingDuty(MissingDuty.OWN_AGENCY_UPDATE, updatesLeft));
        }
        Hours expected = expectedBy(year, asOf);
        return new DutyAssessment(year, asOf, credits.hoursByCategory(), legal, credits.otherHours(policy),
                required, expected, credits.ownAgencyUpdates(), status(missing, legal, expected, year, asOf),
                missing);
    }

    /** The pro-rata share of the required hours due by {@code asOf}, rounded up to a half hour. */
    public Hours expectedBy(int year, LocalDate asOf) {
        if (asOf.getYear() < year) {
            return Hours.ZERO;
        }
        if (asOf.getYear() > year) {
            return policy.requiredHours();
        }
        // Legal hours are whole half hours, so "legal >= ceil(share)" is exactly "legal >= share".
        long share = (long) policy.requiredHours().halfHours() * asOf.getDayOfYear();
        return Hours.ofHalfHours((int) Math.ceilDiv(share, Year.of(year).length()));
    }

    private static DutyStatus status(List<MissingDuty> missing, Hours legal, Hours expected, int year,
                                     LocalDate asOf) {
        if (missing.isEmpty()) {
            return DutyStatus.COMPLIANT;
        }
        if (asOf.getYear() > year) {
            return DutyStatus.NOT_COMPLIANT;
        }
        return legal.compareTo(expected) >= 0 ? DutyStatus.ON_TRACK : DutyStatus.BEHIND;
    }
}
