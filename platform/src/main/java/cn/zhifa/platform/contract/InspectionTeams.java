package cn.zhifa.platform.contract;

/**
 * Published by inspection-planner for evidence-store: whether an inspection exists, whether an officer is
 * currently on its team (检查组), under the planner's own rules (a replaced member is no longer on it), and which
 * agencies its plan belongs to (the agency scope of planners and the judicial bureau).
 */
public interface InspectionTeams {
    boolean exists(long inspectionId);

    /**
     * The agencies of the inspection's plan (of every matter of a joint plan), sorted; empty for an unknown
     * inspection.
     */
    java.util.List<String> agencies(long inspectionId);

    /** Whether the officer is an active member of the inspection's team; false for an unknown inspection. */
    boolean isMember(long inspectionId, long officerId);

    /**
     * Whether the inspection's full-process record is final (every member confirmed a complete record): evidence-store
     * then accepts no new upload for it. False for an inspection without a record, and by default.
     */
    default boolean isFinal(long inspectionId) {
        return false;
    }

    /**
     * How many years the inspection's records and evidence are kept (音像资料归档保存): the longest retention period of
     * the matters it covers (each matter's own, or the planner's default); evidence-store locks each object of the
     * inspection that long from its upload. The default for an unknown inspection.
     */
    int retentionYears(long inspectionId);

    /**
     * The matters the inspection covers, in matter order: one for a plan of one matter, those its target falls in for
     * a joint plan's; empty for an unknown inspection. A piece of evidence of a check item names its matter when
     * there are several.
     */
    java.util.List<Long> matters(long inspectionId);
}
