package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegalReviewerRatioTest {
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @Test
    void shouldMeetFivePercentWithOneReviewerOfTwenty() {
        LegalReviewerRatio ratio = LegalReviewerRatio.assess(20, 1, 0, FIVE_PERCENT);
        assertEquals(new BigDecimal("0.0500"), ratio.ratio());
        assertEquals(1, ratio.requiredReviewers());
        assertTrue(ratio.meetsMinimum());
    }

    @Test
    void shouldRoundTheRequiredReviewersUp() {
        LegalReviewerRatio ratio = LegalReviewerRatio.assess(21, 1, 0, FIVE_PERCENT);
        assertEquals(2, ratio.requiredReviewers(), "5% of 21 is 1.05 people");
        assertFalse(ratio.meetsMinimum());
        assertEquals(new BigDecimal("0.0476"), ratio.ratio());
    }

    @Test
    void shouldComputeExactlyWithThreePercent() {
        // 0.03 × 100 must be exactly 3, never 3.0000000000000004
        assertEquals(3, LegalReviewerRatio.assess(100, 3, 0, new BigDecimal("0.03")).requiredReviewers());
        assertTrue(LegalReviewerRatio.assess(100, 3, 0, new BigDecimal("0.03")).meetsMinimum());
    }

    @Test
    void shouldNeedNoReviewerWithoutOfficersAndNeedOneForASingleOfficer() {
        LegalReviewerRatio none = LegalReviewerRatio.assess(0, 0, 0, FIVE_PERCENT);
        assertTrue(none.meetsMinimum());
        assertEquals(0, none.ratio().signum());
        assertFalse(LegalReviewerRatio.assess(1, 0, 0, FIVE_PERCENT).meetsMinimum());
    }

    @Test
    void shouldCarryTheReviewersWithoutQualification() {
        assertEquals(2, LegalReviewerRatio.assess(10, 3, 2, FIVE_PERCENT).unqualifiedReviewers());
    }

    @Test
    void shouldRefuseInconsistentCountsAndRatiosOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> LegalReviewerRatio.assess(1, 2, 0, FIVE_PERCENT));
        assertThrows(IllegalArgumentException.class, () -> LegalReviewerRatio.assess(5, 1, 2, FIVE_PERCENT));
        assertThrows(IllegalArgumentException.class, () -> LegalReviewerRatio.assess(5, 1, 0, new BigDecimal("1.5")));
        assertThrows(IllegalArgumentException.class, () -> LegalReviewerRatio.assess(5, 1, 0, new BigDecimal("-0.1")));
    }
}
