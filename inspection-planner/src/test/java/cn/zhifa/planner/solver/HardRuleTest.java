package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.optaplanner.constraint.streams.common.AbstractConstraint;
import org.optaplanner.constraint.streams.common.AbstractConstraintStreamScoreDirectorFactory;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import static cn.zhifa.planner.solver.Fixtures.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The link between the solver's hard constraints and the flow model: every hard constraint the solver registers
 * is a {@link HardRule} with a counterpart in the flow model, and teams that break a hard rule anyway are refused.
 */
class HardRuleTest {

    /** The product's rules and one more hard rule, which the flow model does not know: officer 1 may not inspect. */
    public static class RulesWithAnUnmodelledHardRule implements ConstraintProvider {
        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            List<Constraint> all = new ArrayList<>(List.of(new TeamConstraintProvider().defineConstraints(factory)));
            all.add(factory.forEach(TeamSeat.class)
                    .filter(seat -> seat.getOfficer().getId() == 1)
                    .penalize(HardMediumSoftLongScore.ONE_HARD)
                    .asConstraint("Officer 1 rests"));
            return all.toArray(Constraint[]::new);
        }
    }

    /** The names of every constraint a solver with these rules registers. */
    static Set<String> registeredConstraints(Class<? extends ConstraintProvider> rules) {
        return registered(rules, weight -> true);
    }

    /** The names of the constraints a solver with these rules registers whose weight has a hard part. */
    static Set<String> registeredHardConstraints(Class<? extends ConstraintProvider> rules) {
        return registered(rules, weight -> weight.hardScore() != 0);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> registered(Class<? extends ConstraintProvider> rules,
                                          Predicate<HardMediumSoftLongScore> weightFilter) {
        DefaultSolverFactory<TeamSchedule> solverFactory = (DefaultSolverFactory<TeamSchedule>)
                SolverFactory.<TeamSchedule>create(TeamAssigner.config(SolverLimits.DEFAULT, rules));
        AbstractConstraintStreamScoreDirectorFactory<TeamSchedule, ?> scoring =
                (AbstractConstraintStreamScoreDirectorFactory<TeamSchedule, ?>) solverFactory.getScoreDirectorFactory();
        TeamSchedule empty = new TeamSchedule(List.of(), List.of(), List.of());
        return Arrays.stream(scoring.getConstraints())
                .map(c -> (AbstractConstraint<TeamSchedule, ?, ?>) c)
                .filter(c -> weightFilter.test(c.<HardMediumSoftLongScore>extractConstraintWeight(empty)))
                .map(AbstractConstraint::getConstraintName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Registered hard constraints that are no {@link HardRule}, so the flow model does not enforce them. */
    static Set<String> withoutCounterpart(Class<? extends ConstraintProvider> rules) {
        Set<String> names = registeredHardConstraints(rules);
        Arrays.stream(HardRule.values()).map(HardRule::constraintName).toList().forEach(names::remove);
        return names;
    }

    private static Set<String> hardRuleNames() {
        return Arrays.stream(HardRule.values()).map(HardRule::constraintName).collect(Collectors.toSet());
    }

    @Test
    void everyRegisteredHardConstraintHasACounterpartInTheFlowModel() {
        assertEquals(Set.of(), withoutCounterpart(TeamConstraintProvider.class),
                "a hard constraint needs a HardRule and its counterpart in the flow model");
        assertEquals(hardRuleNames(), registeredHardConstraints(TeamConstraintProvider.class),
                "every HardRule is a registered hard constraint");
    }

    @Test
    void aHardConstraintWithoutCounterpartIsNamed() {
        assertEquals(Set.of("Officer 1 rests"), withoutCounterpart(RulesWithAnUnmodelledHardRule.class));
    }

    @Test
    void teamsBreakingAHardRuleTheFlowModelLacksAreRefusedWithTheRuleNamed() {
        TeamAssigner assigner = new TeamAssigner(SolverLimits.DEFAULT, 1, RulesWithAnUnmodelledHardRule.class);
        // Three inspections of two seats and three officers of cap 2: every officer, officer 1 too, sits twice.
        List<TeamProblem.Inspector> inspectors = List.of(
                new TeamProblem.Inspector(1, Set.of("500115"), Set.of("HEALTH")),
                new TeamProblem.Inspector(2, Set.of("500115"), Set.of("HEALTH")),
                new TeamProblem.Inspector(3, Set.of("500115"), Set.of("HEALTH")));
        List<TeamProblem.Task> tasks = List.of(new TeamProblem.Task(1, "T1", "500115", "HEALTH"),
                new TeamProblem.Task(2, "T2", "500115", "HEALTH"), new TeamProblem.Task(3, "T3", "500115", "HEALTH"));

        TeamOutcome outcome = assigner.assign(new TeamProblem("seed", 2, 2, tasks, inspectors, Set.of(), Set.of()));

        TeamOutcome.Unlawful unlawful = assertInstanceOf(TeamOutcome.Unlawful.class, outcome);
        assertEquals(List.of(new TeamOutcome.Breach("Officer 1 rests", 2, -2)), unlawful.breaches());
    }

    @Test
    void aViolationTheKeptMembersOfAReplacementAlreadyHadIsNotTheAssignmentsAndDoesNotBlockIt() {
        // Officer 1 stays on T1 though a conflict with T1 was declared after the draw; officer 2's seat is refilled.
        List<TeamProblem.Inspector> inspectors = List.of(
                new TeamProblem.Inspector(1, Set.of("500115"), Set.of("HEALTH")),
                new TeamProblem.Inspector(2, Set.of("500115"), Set.of("HEALTH")),
                new TeamProblem.Inspector(3, Set.of("500115"), Set.of("HEALTH")));
        List<TeamProblem.Task> tasks = List.of(new TeamProblem.Task(1, "T1", "500115", "HEALTH", List.of(1L)));
        Set<TeamProblem.OfficerTarget> conflicts = Set.of(new TeamProblem.OfficerTarget(1, "T1"),
                new TeamProblem.OfficerTarget(2, "T1"));

        TeamOutcome outcome = new TeamAssigner(SolverLimits.DEFAULT, 1)
                .assign(new TeamProblem("seed", 2, 2, tasks, inspectors, conflicts, Set.of()));

        assertEquals(List.of(1L, 3L), assertInstanceOf(TeamOutcome.Assigned.class, outcome).teams().get(1L));
    }

    @Test
    void everySeatRuleKeepsTheOfficersItForbidsOutOfTheValueRange() {
        List<Officer> officers = List.of(officer(1, 5), officer(2, 5), officer(3, 5), officer(4, 5));
        // Officer 4 lacks eligibility, 2 is conflicted, 3 inspected this target in the previous plan.
        InspectionTask task = new InspectionTask(1, "T1", "500115", "HEALTH", officers, Set.of(1L, 2L, 3L),
                Set.of(2L), Set.of(3L), 1);
        for (HardRule rule : HardRule.values()) {
            if (rule.counterpart() == HardRule.Counterpart.CANDIDATE_FILTER) {
                List<Officer> forbidden = officers.stream().filter(o -> rule.forbids(task, o)).toList();
                assertNotEquals(List.of(), forbidden, rule + " is exercised");
                forbidden.forEach(o -> assertFalse(task.allowedOfficers().contains(o), rule + " keeps out " + o));
            }
        }
        assertEquals(List.of(officers.get(0)), task.allowedOfficers());
    }

    @Test
    void theFlowModelAloneGivesTeamsThatBreakNoHardRule() {
        TeamAssigner assigner = new TeamAssigner(SolverLimits.DEFAULT, 1);
        Random random = new Random(20261206);
        int assigned = 0;
        for (int round = 0; round < 40; round++) {
            List<TeamProblem.Inspector> inspectors = new ArrayList<>();
            List<String> areaOf = new ArrayList<>(List.of(""));
            for (int i = 1; i <= 8; i++) {
                areaOf.add(random.nextBoolean() ? "500115" : "500000");
                inspectors.add(new TeamProblem.Inspector(i, Set.of(areaOf.get(i)), Set.of("HEALTH")));
            }
            List<TeamProblem.Task> tasks = new ArrayList<>();
            Set<TeamProblem.OfficerTarget> conflicts = new HashSet<>();
            Set<TeamProblem.OfficerTarget> previous = new HashSet<>();
            for (int t = 1; t <= 6; t++) {
                String code = "T" + t;
                String area = random.nextBoolean() ? "500115" : "500101";
                // A replacement keeps a member who served lawfully: covering the area, neither conflicted nor repeated.
                long kept = 1 + random.nextInt(8);
                boolean keeps = random.nextInt(3) == 0 && (areaOf.get((int) kept).equals("500000")
                        || areaOf.get((int) kept).equals(area));
                tasks.add(new TeamProblem.Task(t, code, area, "HEALTH", keeps ? List.of(kept) : List.of()));
                conflicts.add(new TeamProblem.OfficerTarget(kept % 8 + 1, code));
                previous.add(new TeamProblem.OfficerTarget((kept + 1) % 8 + 1, code));
            }
            TeamOutcome outcome = assigner.assign(new TeamProblem("round " + round, 2 + random.nextInt(2),
                    2 + random.nextInt(3), tasks, inspectors, conflicts, previous));
            // Teams come back only when the whole draw scores no hard violation; otherwise a proof of shortage.
            if (!(outcome instanceof TeamOutcome.Infeasible)) {
                assertInstanceOf(TeamOutcome.Assigned.class, outcome, "round " + round + ": " + outcome);
                assigned++;
            }
        }
        assertNotEquals(0, assigned, "some rounds are feasible");
    }
}
