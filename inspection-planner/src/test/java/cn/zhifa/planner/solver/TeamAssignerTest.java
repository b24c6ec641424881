package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamAssignerTest {

    private static final String SEED = "aaca2d36e44ac712ee0845226a6f25960d7a7382e9f32204de42f729f54c536a";
    private final TeamAssigner assigner = new TeamAssigner(SolverLimits.DEFAULT, 2);

    /** Two districts, two categories; some officers cover the whole city (500000). */
    static TeamProblem cityProblem(String seed, int cap, Set<TeamProblem.OfficerTarget> conflicts) {
        List<TeamProblem.Inspector> inspectors = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String area = i <= 5 ? "500115" : i <= 10 ? "500101" : "500000";
            Set<String> categories = i % 2 == 0 ? Set.of("MARKET_REGULATION")
                    : Set.of("URBAN_MANAGEMENT", "MARKET_REGULATION");
            inspectors.add(new TeamProblem.Inspector(i, Set.of(area), categories));
        }
        List<TeamProblem.Task> tasks = new ArrayList<>();
        for (int t = 1; t <= 8; t++) {
            tasks.add(new TeamProblem.Task(t, "T" + t, t <= 4 ? "500115" : "500101",
                    t % 3 == 0 ? "URBAN_MANAGEMENT" : "MARKET_REGULATION"));
        }
        return new TeamProblem(seed, 2, cap, tasks, inspectors, conflicts, Set.of());
    }

    static Map<Long, List<Long>> teams(TeamOutcome outcome) {
        return assertInstanceOf(TeamOutcome.Assigned.class, outcome).teams();
    }

    @Test
    void sameProblemGivesIdenticalTeamsSequentialOrParallel() {
        TeamProblem p = cityProblem(SEED, 4, Set.of());
        Map<Long, List<Long>> parallel = teams(assigner.assign(p));
        Map<Long, List<Long>> sequential = teams(new TeamAssigner(SolverLimits.DEFAULT, 1).assign(p));
        assertEquals(parallel, sequential);
        assertEquals(parallel, teams(assigner.assign(p)));
    }

    @Test
    void anotherSeedGivesOtherTeams() {
        Map<Long, List<Long>> first = teams(assigner.assign(cityProblem(SEED, 4, Set.of())));
        Map<Long, List<Long>> second = teams(assigner.assign(cityProblem("another seed", 4, Set.of())));
        assertNotEquals(first, second);
    }

    @Test
    void teamsAreLawfulDistinctWithinCapAndRespectConflicts() {
        Set<TeamProblem.OfficerTarget> conflicts = Set.of(new TeamProblem.OfficerTarget(2, "T1"),
                new TeamProblem.OfficerTarget(4, "T1"));
        TeamProblem p = cityProblem(SEED, 3, conflicts);
        TeamOutcome.Assigned outcome = assertInstanceOf(TeamOutcome.Assigned.class, assigner.assign(p));
        Map<Long, Integer> load = new HashMap<>();
        outcome.teams().forEach((task, team) -> {
            assertEquals(2, new HashSet<>(team).size(), "two distinct officers on " + task);
            team.forEach(o -> load.merge(o, 1, Integer::sum));
        });
        assertTrue(load.values().stream().allMatch(n -> n <= 3));
        assertTrue(!outcome.teams().get(1L).contains(2L) && !outcome.teams().get(1L).contains(4L));
        assertEquals(0, outcome.stats().finalScore().hardScore());
    }

    @Test
    void infeasibleDrawIsDiagnosedPerAreaAndCategory() {
        // T3 is URBAN_MANAGEMENT in 500115: officers 1, 3, 5 and the citywide 11 qualify; 1, 3, 5 are conflicted.
        Set<TeamProblem.OfficerTarget> conflicts = Set.of(new TeamProblem.OfficerTarget(1, "T3"),
                new TeamProblem.OfficerTarget(3, "T3"), new TeamProblem.OfficerTarget(5, "T3"));
        TeamOutcome outcome = assigner.assign(cityProblem(SEED, 4, conflicts));
        List<Shortage> shortages = assertInstanceOf(TeamOutcome.Infeasible.class, outcome).shortages();
        assertEquals(List.of(new Shortage("500115", "URBAN_MANAGEMENT", 2, 1, 1)), shortages);
    }

    @Test
    void withoutInspectorsEachAreaAndCategoryIsOneLineNotOneLinePerInspection() {
        List<TeamProblem.Task> tasks = List.of(new TeamProblem.Task(1, "T1", "500115", "HEALTH"),
                new TeamProblem.Task(2, "T2", "500115", "HEALTH"), new TeamProblem.Task(3, "T3", "500115", "HEALTH"),
                new TeamProblem.Task(4, "T4", "500101", "HEALTH"));
        TeamProblem p = new TeamProblem(SEED, 2, 5, tasks, List.of(), Set.of(), Set.of());

        List<Shortage> shortages = assertInstanceOf(TeamOutcome.Infeasible.class, assigner.assign(p)).shortages();

        assertEquals(List.of(new Shortage("500101", "HEALTH", 2, 0, 0), new Shortage("500115", "HEALTH", 6, 0, 0)),
                shortages);
        assertEquals(shortages, TeamAssigner.shortages(p), "the seal's check finds what the draw finds");
    }

    @Test
    void replacementKeepsEveryOtherMemberAndAvoidsTheReplacedOfficer() {
        TeamProblem p = cityProblem(SEED, 4, Set.of());
        Map<Long, List<Long>> drawn = teams(assigner.assign(p));
        long leaving = drawn.get(1L).get(0);
        List<TeamProblem.Task> kept = p.tasks().stream().map(t -> new TeamProblem.Task(t.id(), t.creditCode(),
                t.area(), t.category(), drawn.get(t.id()).stream().filter(o -> o != leaving).toList())).toList();
        List<TeamProblem.Inspector> without = p.inspectors().stream().filter(i -> i.officerId() != leaving).toList();
        TeamProblem replacement = new TeamProblem(SEED + ":replacement:1", 2, 4, kept, without, Set.of(), Set.of());

        Map<Long, List<Long>> after = teams(assigner.assign(replacement));

        drawn.forEach((task, team) -> {
            if (!team.contains(leaving)) {
                assertEquals(team, after.get(task), "untouched team " + task);
            } else {
                assertTrue(after.get(task).containsAll(team.stream().filter(o -> o != leaving).toList()));
                assertTrue(!after.get(task).contains(leaving));
                assertEquals(2, new HashSet<>(after.get(task)).size());
            }
        });
        assertEquals(after, teams(assigner.assign(replacement)), "a replacement is reproducible too");
    }

    /** Officers in three districts and a citywide team, one or two categories each: pools that overlap. */
    static TeamProblem overlappingPools(String seed) {
        Random r = new Random(3);
        String[] areas = {"500101", "500102", "500103"};
        String[] categories = {"HEALTH", "TRANSPORT", "AGRICULTURE"};
        List<TeamProblem.Inspector> inspectors = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Set<String> cats = r.nextBoolean() ? Set.of(categories[i % 3]) : Set.of(categories[i % 3], categories[(i + 1) % 3]);
            inspectors.add(new TeamProblem.Inspector(i, Set.of(i > 27 ? "500000" : areas[r.nextInt(3)]), cats));
        }
        List<TeamProblem.Task> tasks = new ArrayList<>();
        for (int t = 1; t <= 70; t++) {
            tasks.add(new TeamProblem.Task(t, "P" + t, areas[r.nextInt(3)], categories[r.nextInt(3)]));
        }
        return new TeamProblem(seed, 2, 9, tasks, inspectors, Set.of(), Set.of());
    }

    /** The local search rotates partners but never gives up the exact least Σ load² of the min-cost flow start. */
    @Test
    void finalWorkloadIsTheExactOptimumOfTheMinCostFlow() {
        TeamProblem p = overlappingPools(SEED);
        TeamOutcome.Assigned outcome = assertInstanceOf(TeamOutcome.Assigned.class, assigner.assign(p));
        Map<Long, Integer> load = new HashMap<>();
        outcome.teams().values().forEach(team -> team.forEach(o -> load.merge(o, 1, Integer::sum)));
        long sumOfSquares = load.values().stream().mapToLong(l -> (long) l * l).sum();
        long least = new TeamAssigner.Model(p).parts().stream().mapToLong(ReferenceFlows::leastSumOfSquares).sum();
        assertEquals(least, sumOfSquares);
        assertEquals(0, outcome.stats().finalScore().hardScore());
        assertTrue(outcome.stats().finalScore().compareTo(outcome.stats().initialScore()) >= 0);
    }

    /**
     * Fairness: ten interchangeable officers, three inspections of two; caps do not bind. Over 200 seeds each
     * officer should be chosen equally often (120 times each); chi-square must not reject at 1%.
     */
    @Test
    void selectionIsUniformWithinAPoolOverManySeeds() {
        List<TeamProblem.Inspector> pool = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            pool.add(new TeamProblem.Inspector(i, Set.of("500115"), Set.of("HEALTH")));
        }
        List<TeamProblem.Task> tasks = List.of(new TeamProblem.Task(1, "A1", "500115", "HEALTH"),
                new TeamProblem.Task(2, "A2", "500115", "HEALTH"), new TeamProblem.Task(3, "A3", "500115", "HEALTH"));
        long[] observed = new long[10];
        int runs = 200;
        for (int s = 0; s < runs; s++) {
            TeamProblem p = new TeamProblem("seed-" + s, 2, 5, tasks, pool, Set.of(), Set.of());
            teams(assigner.assign(p)).values().forEach(team -> team.forEach(o -> observed[(int) (o - 1)]++));
        }
        double[] expected = new double[10];
        java.util.Arrays.fill(expected, runs * 6 / 10.0);
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(p > 0.01, "p = " + p + " for " + java.util.Arrays.toString(observed));
    }
}
