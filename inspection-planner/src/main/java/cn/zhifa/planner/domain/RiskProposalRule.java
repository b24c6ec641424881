package cn.zhifa.planner.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * A result feeds the target directory (信用风险分类监管: findings raise a firm's risk class for later plans). A problem
 * was found when the field record has a NONCONFORMS (不符合) finding or the result code means a problem (the
 * {@code problem} attribute of the {@code result-codes} dictionary); then the next higher risk level is proposed for
 * the target, unless it is already at the highest. The planner decides: nothing changes a level by itself.
 */
public final class RiskProposalRule {
    private RiskProposalRule() {
    }

    /** What caused a proposal: a finding of the field record, or the result code (a finding counts first). */
    public enum Cause { FINDING, RESULT_CODE }

    /** A proposal's life: PROPOSED, then ACCEPTED or REJECTED by the planner, or WITHDRAWN when the result is corrected. */
    public enum State { PROPOSED, ACCEPTED, REJECTED, WITHDRAWN }

    /** Why a problem was found, or empty when none was. */
    public static Optional<Cause> problem(boolean resultCodeMeansProblem,
                                          Collection<FieldRecordRule.Outcome> findings) {
        if (findings.contains(FieldRecordRule.Outcome.NONCONFORMS)) {
            return Optional.of(Cause.FINDING);
        }
        return resultCodeMeansProblem ? Optional.of(Cause.RESULT_CODE) : Optional.empty();
    }

    /** The level to propose for a target now at {@code current}: the next higher one; empty at the highest. */
    public static Optional<RiskLevel> proposedLevel(RiskLevel current) {
        RiskLevel[] levels = RiskLevel.values();
        return current.ordinal() + 1 < levels.length ? Optional.of(levels[current.ordinal() + 1]) : Optional.empty();
    }

    /**
     * The level an accepted proposal leaves the target at: the proposed one, or the current one when that is already
     * as high (another proposal or an import raised it meanwhile): a proposal never lowers a level.
     */
    public static RiskLevel levelAfterAccepting(RiskLevel current, RiskLevel proposed) {
        return proposed.compareTo(current) > 0 ? proposed : current;
    }
}
