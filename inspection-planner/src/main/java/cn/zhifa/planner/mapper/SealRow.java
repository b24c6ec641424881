package cn.zhifa.planner.mapper;

import cn.zhifa.planner.domain.Disclosure;
import cn.zhifa.planner.domain.EntropyRule;

/**
 * A row of {@code insp_seal} (封存); {@code serverSeed} stays secret until the draw. {@code entropyRule} says what the
 * seal fixed about the draw's external value; {@code entropySourceHash} commits to the named source (null without);
 * {@code disclosure} is the moment the drawn targets become public, as the plan named it at creation.
 */
public record SealRow(long planId, String serverSeed, String commitment, String targetsHash, String inspectorsHash,
                      int targetCount, int inspectorCount, long sealedAtMs, EntropyRule entropyRule,
                      String entropySourceHash, Disclosure disclosure) {
}
