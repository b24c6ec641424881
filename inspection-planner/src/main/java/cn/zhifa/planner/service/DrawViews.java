package cn.zhifa.planner.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.zhifa.planner.mapper.InspectorRow;
import cn.zhifa.planner.mapper.ReplacementRow;

/** What the draw, the plan page and the public draw record show. */
public final class DrawViews {

    private DrawViews() {
    }

    /** 检查人员: the public fields of an inspector. */
    public record InspectorView(long officerId, String name, String credentialNumber) {
    }

    /** An inspection as drawn; {@code matterIds}: the matters a joint plan's inspection covers (null otherwise). */
    public record InspectionView(long id, String creditCode, List<InspectorView> inspectors, List<Long> matterIds) {

        public InspectionView(long id, String creditCode, List<InspectorView> inspectors) {
            this(id, creditCode, inspectors, null);
        }
    }

    /**
     * An inspection with its target and result as the plan page shows it; {@code matterIds}: the matters a joint
     * plan's inspection covers (null otherwise), each named with its agency in the plan's {@code matters};
     * {@code results}: a joint plan's inspection's result per covered matter, naming the matter's agency (null for a
     * plan of one matter, whose result is {@code resultCode}, {@code inspectedOn} and {@code note}).
     */
    public record InspectionDetail(long id, String creditCode, String targetName, String area,
                                   List<InspectorView> inspectors, String resultCode, LocalDate inspectedOn,
                                   String note, List<Long> matterIds, List<MatterResult> results) {
    }

    /**
     * 分事项检查结果: one matter a joint inspection covers, its agency, and its own result (result fields null until
     * recorded, and in public until the plan's results are published).
     */
    public record MatterResult(long matterId, String matterName, String agencyCode, String agencyName,
                               String resultCode, LocalDate inspectedOn, String note) {
    }

    public record DrawResponse(long planId, String seed, String teamsHash, List<InspectionView> inspections) {
    }

    /** An eligible target of the seal; {@code matterIds}: the matters of a joint plan it falls in (null otherwise). */
    public record TargetLine(String creditCode, String riskLevel, String creditLevel, List<Long> matterIds) {
    }

    /** Realised sampling of a stratum: effective ratio and the share actually drawn. */
    public record StratumView(String riskLevel, String creditLevel, int eligible, BigDecimal ratio, int drawn,
                              BigDecimal realisedRatio) {
    }

    /**
     * A replacement after the draw: the officer taken off the affected inspections, named (as on the teams) so that
     * the public record shows who, not an internal id; {@code reason} is a code (CONFLICT, SUSPENDED, ILLNESS, OTHER).
     */
    public record ReplacementView(int seq, long officerId, String name, String credentialNumber, String reason,
                                  String note, String seed, long replacedAtMs, List<Long> inspectionIds) {
        static ReplacementView of(ReplacementRow r, InspectorRow officer, List<Long> inspectionIds) {
            return new ReplacementView(r.seqNo(), r.officerId(), officer == null ? null : officer.name(),
                    officer == null ? null : officer.credentialNumber(), r.reasonCode(), r.note(), r.seed(),
                    r.replacedAtMs(), inspectionIds);
        }
    }

    /**
     * 抽取记录: all that a third party needs to recompute the target draw ({@code docs/verify-draw.py}), plus the
     * inputs of the team assignment that are public, the teams as drawn and the replacements since, the plan's
     * state with the seal's and draw's instants, and the draw attempts. Of a plan cancelled after its seal the
     * record is public too: the secret seed (it can no longer be drawn), the failed attempt if there was one, with
     * the targets it drew in {@code drawnCreditCodes}; {@code seed} is null when no draw was attempted.
     * {@code entropyRule} is what the seal fixed about {@code externalEntropy}: under {@code NAMED_SOURCE} the record
     * names the source and its moment ({@code entropySource}), committed in the seal by {@code entropySourceHash}, and
     * {@code externalEntropy} is the value the planner entered from it, to be checked against the source. A joint
     * plan's record names its {@code matters} with their agencies, every eligible target's {@code matterIds} (which
     * {@code targetsHash} covers) and every inspection's (each inspection covers every matter its target falls in).
     */
    public record DrawRecord(long planId, List<MatterService.MatterView> matters, String entropyRule, PlanService.EntropySourceView entropySource,
                             String entropySourceHash, String serverSeed, String externalEntropy, String seed,
                             String commitment,
                             String targetsHash, String inspectorsHash, Map<String, BigDecimal> ratios,
                             Map<String, BigDecimal> creditMultipliers, List<TargetLine> eligibleTargets,
                             List<String> eligibleInspectors, List<String> drawnCreditCodes,
                             List<InspectionView> inspections, int teamSize, int inspectorCap, String teamsHash,
                             String solverVersion, List<ReplacementView> replacements, String state,
                             String cancelReason, long sealedAtMs, Long drawnAtMs, List<AttemptRecord> attempts) {
    }

    /**
     * 抽取尝试 as the public sees it from the seal on: when, and whether it drew or failed and why. The entropy and
     * seed of an attempt are in the draw record, public once the plan is published or cancelled.
     */
    public record AttemptView(String outcome, String problemCode, String reason, long attemptedAtMs,
                              Long endedAtMs) {
    }

    /**
     * 抽取尝试 in the draw record: with the external entropy given and the seed derived from it; {@code outcome} is
     * STARTED from its start (stored before anything is computed) until it ends DRAWN or FAILED.
     */
    public record AttemptRecord(String outcome, String externalEntropy, String seed, String problemCode, String reason,
                                long attemptedAtMs, Long endedAtMs) {
    }

    /** Result of re-running a draw and its replacements from the record: identical or not, part by part. */
    public record ReplayReport(long planId, boolean identical, boolean targetsIdentical, boolean teamsIdentical,
                               boolean replacementsIdentical, String recordedTeamsHash, String recomputedTeamsHash) {
    }
}
