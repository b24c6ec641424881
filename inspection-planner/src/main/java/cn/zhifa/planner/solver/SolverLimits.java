package cn.zhifa.planner.solver;

/**
 * Termination of the local search by counts only (never wall time, which would make the result depend on the
 * machine): at most {@code steps} steps, {@code unimprovedSteps} steps without a better score, or
 * {@code scoreCalculations} evaluated moves, whichever comes first. The last one matters once the search sits
 * in an optimum where no move is accepted and a step would never end. The search starts from the min-cost
 * flow's assignment, already even and random, so it only has to rotate partners.
 */
public record SolverLimits(int steps, int unimprovedSteps, long scoreCalculations) {

    public static final SolverLimits DEFAULT = new SolverLimits(2_000, 200, 20_000);
}
