package cn.zhifa.planner.mapper;

/** A row of {@code insp_seal} (封存); {@code serverSeed} stays secret until the draw. */
public record SealRow(long planId, String serverSeed, String commitment, String targetsHash, String inspectorsHash,
                      int targetCount, int inspectorCount, long sealedAtMs) {
}
