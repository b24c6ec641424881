package cn.zhifa.credential.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 法制审核人员比例: legal reviewers among an agency's credentialed enforcement officers must reach a
 * minimum ratio (3% or 5% depending on the local rule; a setting). Exact decimal arithmetic.
 *
 * @param officers              officers of the agency holding an active credential
 * @param reviewers             legal reviewers among them
 * @param unqualifiedReviewers  reviewers without the legal professional qualification (004 §3(2) wants it)
 * @param ratio                 reviewers / officers, four decimal places (0 when there are no officers)
 * @param requiredReviewers     the fewest reviewers meeting the minimum: ceil(minimum × officers)
 */
public record LegalReviewerRatio(int officers, int reviewers, int unqualifiedReviewers, BigDecimal ratio,
                                 BigDecimal minimumRatio, int requiredReviewers, boolean meetsMinimum) {

    public static LegalReviewerRatio assess(int officers, int reviewers, int unqualifiedReviewers,
                                            BigDecimal minimumRatio) {
        if (officers < 0 || reviewers < 0 || reviewers > officers || unqualifiedReviewers > reviewers
                || unqualifiedReviewers < 0) {
            throw new IllegalArgumentException("inconsistent counts");
        }
        if (minimumRatio.signum() < 0 || minimumRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("minimum ratio must lie between 0 and 1");
        }
        BigDecimal ratio = officers == 0
                ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(reviewers).divide(BigDecimal.valueOf(officers), 4, RoundingMode.HALF_UP);
        int required = minimumRatio.multiply(BigDecimal.valueOf(officers)).setScale(0, RoundingMode.CEILING)
                .intValueExact();
        return new LegalReviewerRatio(officers, reviewers, unqualifiedReviewers, ratio, minimumRatio, required,
                reviewers >= required);
    }
}
