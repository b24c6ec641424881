package cn.zhifa.platform.contract;

/**
 * Published by inspection-planner for evidence-store: whether an inspection exists and whether an officer is
 * currently on its team (检查组), under the planner's own rules (a replaced member is no longer on it).
 */
public interface InspectionTeams {
    boolean exists(long inspectionId);

    /** Whether the officer is an active member of the inspection's team; false for an unknown inspection. */
    boolean isMember(long inspectionId, long officerId);
}
