package cn.zhifa.planner.mapper;

/**
 * A row of {@code insp_draw}: the revealed inputs and the figures of a plan's one draw. Conflicts of interest
 * counted when declared up to {@code conflictsUntilMs}: the seal's instant (null for draws made before V35,
 * which counted them up to the draw).
 */
public record DrawRow(long planId, String externalEntropy, String seed, String teamsHash, String solverVersion,
                      long flowMs, long solveMs, String finalScore, long drawnAtMs, Long conflictsUntilMs) {

    /** The instant up to which the draw counted conflicts, under the rule it was made with. */
    public long conflictsCountedUntilMs() {
        return conflictsUntilMs == null ? drawnAtMs : conflictsUntilMs;
    }
}
