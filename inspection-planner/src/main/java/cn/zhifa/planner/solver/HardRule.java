package cn.zhifa.planner.solver;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The hard rules of a team (the law and the plan), each with the two places that must agree: its constraint in
 * {@link TeamConstraintProvider}, which scores a solution, and its counterpart in the flow model ({@link FlowCheck}
 * and the value range of {@link TeamSeat}), which decides feasibility and builds the lawful start. A hard rule
 * the flow model does not know makes a draw fail late, or be refused for a hard violation, instead of being
 * proven infeasible; {@code HardRuleTest} fails for a registered hard constraint without a constant here.
 * Seat rules are written once, as the predicate both the constraint and the candidate filter use.
 */
enum HardRule {

    /** 执法人员不得少于两人: an arc inspection → officer carries at most one seat. */
    TEAM_MEMBERS_DISTINCT("Team members distinct", Counterpart.ONE_SEAT_PER_INSPECTION, (task, officer) -> false),
    /** Credential ACTIVE for the window, category and area covering the target. */
    INSPECTOR_ELIGIBLE("Inspector eligible", Counterpart.CANDIDATE_FILTER, (task, officer) -> !task.isEligible(officer)),
    /** 回避: a declared conflict of interest keeps the officer off the target. */
    NO_CONFLICT_OF_INTEREST("No conflict of interest", Counterpart.CANDIDATE_FILTER, InspectionTask::isConflicted),
    /** Not the same officer on the same target as in this matter's previous plan. */
    NO_REPEAT_OF_PREVIOUS_PLAN("No repeat of previous plan", Counterpart.CANDIDATE_FILTER,
            InspectionTask::wasInspectedBy),
    /** The plan's cap of inspections per inspector: an arc officer → sink carries the remaining cap. */
    INSPECTOR_CAP("Inspector cap", Counterpart.OFFICER_CAPACITY, (task, officer) -> false),
    /**
     * 联合抽查: each matter a joint inspection covers has a seat of its own, taken by an officer qualified for the
     * matter (its category, of its agency); with distinct members the team holds one such officer per matter.
     */
    MATTER_SEAT_QUALIFIED("Matter seat qualified", Counterpart.MATTER_SEATS, (task, officer) -> false);

    /** Where the flow model enforces a rule. */
    enum Counterpart {
        /** The capacity 1 of every arc inspection → officer. */
        ONE_SEAT_PER_INSPECTION,
        /** The arcs themselves: an officer is a candidate of an inspection only if no seat rule forbids it. */
        CANDIDATE_FILTER,
        /** The capacity of the arc officer → sink: the cap less the seats a replacement keeps. */
        OFFICER_CAPACITY,
        /**
         * A joint inspection's seats in groups: source → one node per matter seat (1) and one for the other seats,
         * each → (inspection, officer) for the officers it admits → officer (1, so a person sits once).
         */
        MATTER_SEATS
    }

    private final String constraintName;
    private final Counterpart counterpart;
    private final BiPredicate<InspectionTask, Officer> forbidsSeat;

    HardRule(String constraintName, Counterpart counterpart, BiPredicate<InspectionTask, Officer> forbidsSeat) {
        this.constraintName = constraintName;
        this.counterpart = counterpart;
        this.forbidsSeat = forbidsSeat;
    }

    /** The name the constraint is registered under (its {@code asConstraint}). */
    String constraintName() {
        return constraintName;
    }

    Counterpart counterpart() {
        return counterpart;
    }

    /** Whether this rule alone forbids {@code officer} any seat of {@code task} (seat rules only). */
    boolean forbids(InspectionTask task, Officer officer) {
        return forbidsSeat.test(task, officer);
    }

    private static final List<HardRule> SEAT_RULES = Arrays.stream(values())
            .filter(r -> r.counterpart == Counterpart.CANDIDATE_FILTER).toList();

    /** Whether {@code officer} is a candidate of {@code task}: no seat rule forbids it. */
    static boolean admits(InspectionTask task, Officer officer) {
        for (HardRule rule : SEAT_RULES) {
            if (rule.forbids(task, officer)) {
                return false;
            }
        }
        return true;
    }
}
