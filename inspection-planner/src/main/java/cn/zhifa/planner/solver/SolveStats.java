package cn.zhifa.planner.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Figures of one team assignment: independent parts, seats to fill, milliseconds until the model and its parts were
 * built, until feasibility was decided and the first lawful assignment existed (the exact min-cost flows, which decide
 * both) and for the local search, score calculations, the summed score of the starting assignment and the summed
 * final score.
 */
public record SolveStats(int parts, int seats, long modelMillis, long flowMillis, long solveMillis,
                         long scoreCalculations, HardMediumSoftLongScore initialScore,
                         HardMediumSoftLongScore finalScore) {

    /** Score calculations per second of local search (the move evaluation speed). */
    public long moveEvaluationSpeed() {
        return solveMillis == 0 ? scoreCalculations * 1000 : scoreCalculations * 1000 / solveMillis;
    }
}
