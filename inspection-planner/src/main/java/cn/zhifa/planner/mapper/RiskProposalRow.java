package cn.zhifa.planner.mapper;

/**
 * A row of {@code insp_risk_proposal}: a result's proposal of a higher risk level for its target, with the target's
 * name, the plan and the matter's name for the planner's list.
 */
public record RiskProposalRow(long id, String creditCode, String targetName, String fromLevel, String proposedLevel,
                              long inspectionId, long planId, long matterId, String matterName, String agencyCode,
                              String cause, String resultCode, String state, long createdAtMs, String decidedBy,
                              Long decidedAtMs, String reason) {
}
