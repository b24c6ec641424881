package cn.zhifa.credential.domain;

import cn.zhifa.credential.domain.AnnualReviewRules.Consequence;
import cn.zhifa.credential.domain.AnnualReviewRules.Decision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnualReviewRulesTest {
    private static final ReviewPolicy POLICY = new ReviewPolicy(new BigDecimal("60"), 1);
    private static final Decision PASSED = new Decision(2026, List.of());
    private static final Decision FAILED = new Decision(2026, List.of(UnmetRule.of(AnnualReviewRules.UPDATE_TRAINING_MISSING, 2025, 0, 1)));

    @Test
    void shouldPassWithSixtyHoursAndOneUpdateTrainingOfLastYear() {
        Decision decision = AnnualReviewRules.review(2026, List.of(),
                new TrainingDuty(2025, new BigDecimal("60.0"), 1), POLICY);
        assertTrue(decision.passed());
        assertEquals(2026, decision.year());
    }

    @Test
    void shouldReportShortHoursAndMissingUpdateTrainingTogether() {
        Decision decision = AnnualReviewRules.review(2026, List.of(),
                new TrainingDuty(2025, new BigDecimal("59.50"), 0), POLICY);
        assertFalse(decision.passed());
        assertEquals(List.of(UnmetRule.of(AnnualReviewRules.TRAINING_HOURS_SHORT, 2025, "59.5", 60),
                UnmetRule.of(AnnualReviewRules.UPDATE_TRAINING_MISSING, 2025, 0, 1)), decision.reasons());
    }

    @Test
    void shouldFailAHolderNoLongerEligibleEvenWithTrainingDone() {
        UnmetRule notOnPost = UnmetRule.of(EligibilityRules.NOT_ON_POST, PostStatus.RETIRED);
        Decision decision = AnnualReviewRules.review(2026, List.of(notOnPost),
                new TrainingDuty(2025, new BigDecimal("72"), 2), POLICY);
        assertEquals(List.of(notOnPost), decision.reasons());
    }

    @Test
    void shouldRefuseTrainingOfAnotherYearThanTheOneBefore() {
        assertThrows(IllegalArgumentException.class, () -> AnnualReviewRules.review(2026, List.of(),
                new TrainingDuty(2026, new BigDecimal("60"), 1), POLICY));
    }

    @Test
    void shouldReviewFromTheYearAfterIssueUpToTheCurrentYear() {
        LocalDate issued = LocalDate.of(2024, 5, 10);
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals(Optional.of(UnmetRule.of(AnnualReviewRules.REVIEW_YEAR_NOT_DUE, 2025, 2026)),
                AnnualReviewRules.yearProblem(2024, issued, today));
        assertEquals(Optional.empty(), AnnualReviewRules.yearProblem(2025, issued, today));
        assertEquals(Optional.empty(), AnnualReviewRules.yearProblem(2026, issued, today));
        assertTrue(AnnualReviewRules.yearProblem(2027, issued, today).isPresent());
    }

    @Test
    void shouldReviewOnlyActiveOrSuspendedCredentials() {
        for (CredentialStatus status : CredentialStatus.values()) {
            assertEquals(status == CredentialStatus.ACTIVE || status == CredentialStatus.SUSPENDED,
                    AnnualReviewRules.applicable(status), status.name());
        }
    }

    @Test
    void shouldSuspendAnActiveCredentialThatFailed() {
        assertEquals(Optional.of(new Consequence(CredentialAction.SUSPEND, TransitionReason.ANNUAL_REVIEW_FAILED)),
                AnnualReviewRules.consequence(FAILED, CredentialStatus.ACTIVE, null));
        assertEquals(Optional.empty(), AnnualReviewRules.consequence(PASSED, CredentialStatus.ACTIVE, null));
    }

    @Test
    void shouldReinstateOnlyASuspensionThatAFailedReviewCaused() {
        assertEquals(Optional.of(new Consequence(CredentialAction.REINSTATE, TransitionReason.REVIEW_PASSED)),
                AnnualReviewRules.consequence(PASSED, CredentialStatus.SUSPENDED, TransitionReason.ANNUAL_REVIEW_FAILED));
        assertEquals(Optional.empty(), AnnualReviewRules.consequence(PASSED, CredentialStatus.SUSPENDED,
                TransitionReason.UNDER_INVESTIGATION));
        assertEquals(Optional.empty(), AnnualReviewRules.consequence(FAILED, CredentialStatus.SUSPENDED,
                TransitionReason.ANNUAL_REVIEW_FAILED));
    }

    @Test
    void shouldRefuseNegativeRequirements() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewPolicy(new BigDecimal("-1"), 1));
        assertThrows(IllegalArgumentException.class, () -> new ReviewPolicy(BigDecimal.TEN, -1));
    }
}
