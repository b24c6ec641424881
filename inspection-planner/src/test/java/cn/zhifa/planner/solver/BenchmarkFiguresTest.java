package cn.zhifa.planner.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's figures are computed right: the spread within pools and the lower bound with its loads. */
class BenchmarkFiguresTest {

    /** Officers 1–3 may serve the same two inspections (one pool); officer 4 only the third (a pool of one). */
    private static TeamAssigner.Model model() {
        List<TeamProblem.Inspector> inspectors = List.of(
                new TeamProblem.Inspector(1, Set.of("500115"), Set.of("HEALTH")),
                new TeamProblem.Inspector(2, Set.of("500115"), Set.of("HEALTH")),
                new TeamProblem.Inspector(3, Set.of("500115"), Set.of("HEALTH")),
                new TeamProblem.Inspector(4, Set.of("500101"), Set.of("HEALTH")));
        List<TeamProblem.Task> tasks = List.of(new TeamProblem.Task(1, "A1", "500115", "HEALTH"),
                new TeamProblem.Task(2, "A2", "500115", "HEALTH"), new TeamProblem.Task(3, "A3", "500101", "HEALTH"));
        return new TeamAssigner.Model(new TeamProblem("s", 1, 5, tasks, inspectors, Set.of(), Set.of()));
    }

    @Test
    void spreadIsTheLargestDistanceFromThePoolMean() {
        TeamAssigner.Model model = model();
        assertEquals(2.0, PlannerBenchmark.spread(Map.of(1L, 2, 2L, 2, 3L, 5, 4L, 4), model), 1e-9);
        assertEquals(2.0 / 3, PlannerBenchmark.spread(Map.of(1L, 3, 2L, 3, 3L, 4, 4L, 9), model), 1e-9);
        // An officer without visits counts with load 0 in the pool's mean.
        assertEquals(4.0 / 3, PlannerBenchmark.spread(Map.of(1L, 2), model), 1e-9);
    }

    @Test
    void lowerBoundIsTheLeastSumOfSquaresAndItsLoadsAttainIt() {
        FlowCheck.loadNativeLibraries();
        TeamAssigner.Model model = model();
        PlannerBenchmark.LowerBound lb = PlannerBenchmark.lowerBound(model);
        // Two seats over three interchangeable officers (1 + 1) and one seat for officer 4 (1).
        assertEquals(3, lb.sumOfSquares());
        assertEquals(lb.sumOfSquares(), lb.loads().values().stream().mapToLong(l -> (long) l * l).sum());
        assertEquals(1, lb.loads().get(4L));
        assertEquals(2.0 / 3, PlannerBenchmark.spread(lb.loads(), model), 1e-9);
    }
}
