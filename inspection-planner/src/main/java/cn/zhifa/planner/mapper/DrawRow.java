package cn.zhifa.planner.mapper;

/** A row of {@code insp_draw}: the revealed inputs and the figures of a plan's one draw. */
public record DrawRow(long planId, String externalEntropy, String seed, String teamsHash, String solverVersion,
                      long flowMs, long solveMs, String finalScore, long drawnAtMs) {
}
