package cn.zhifa.planner.domain;

import java.util.List;
import java.util.Optional;

import cn.zhifa.planner.domain.FieldRecordRule.Outcome;
import cn.zhifa.planner.domain.RiskProposalRule.Cause;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a result proposes a higher risk level, and which ({@link RiskProposalRule}). */
class RiskProposalRuleTest {

    @Test
    void shouldFindAProblemInANonconformingFindingFirstThenInTheResultCode() {
        assertEquals(Optional.of(Cause.FINDING),
                RiskProposalRule.problem(false, List.of(Outcome.CONFORMS, Outcome.NONCONFORMS)));
        assertEquals(Optional.of(Cause.FINDING), RiskProposalRule.problem(true, List.of(Outcome.NONCONFORMS)));
        assertEquals(Optional.of(Cause.RESULT_CODE), RiskProposalRule.problem(true, List.of(Outcome.CONFORMS)));
        assertEquals(Optional.empty(), RiskProposalRule.problem(false, List.of(Outcome.CONFORMS,
                Outcome.NOT_APPLICABLE)));
        assertEquals(Optional.empty(), RiskProposalRule.problem(false, List.of()));
    }

    @Test
    void shouldProposeTheNextHigherLevelAndNothingAboveTheHighest() {
        assertEquals(Optional.of(RiskLevel.MEDIUM), RiskProposalRule.proposedLevel(RiskLevel.LOW));
        assertEquals(Optional.of(RiskLevel.HIGH), RiskProposalRule.proposedLevel(RiskLevel.MEDIUM));
        assertEquals(Optional.of(RiskLevel.VERY_HIGH), RiskProposalRule.proposedLevel(RiskLevel.HIGH));
        assertEquals(Optional.empty(), RiskProposalRule.proposedLevel(RiskLevel.VERY_HIGH));
    }

    @Test
    void shouldNeverLowerALevelWhenAccepting() {
        assertEquals(RiskLevel.MEDIUM, RiskProposalRule.levelAfterAccepting(RiskLevel.LOW, RiskLevel.MEDIUM));
        assertEquals(RiskLevel.HIGH, RiskProposalRule.levelAfterAccepting(RiskLevel.HIGH, RiskLevel.MEDIUM),
                "raised meanwhile by another proposal or an import");
    }
}
