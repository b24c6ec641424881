package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flows against JGraphT on small random parts: same feasibility, lawful start, the exact least Σ load². */
class FlowCheckTest {

    @BeforeAll
    static void natives() {
        FlowCheck.loadNativeLibraries();
    }

    /** A random part: every officer may serve a task with probability {@code density}; caps 1–5, seats 2–3. */
    static FlowCheck.Part randomPart(Random r, double density) {
        List<Officer> officers = new ArrayList<>();
        int n = 3 + r.nextInt(10);
        for (int i = 1; i <= n; i++) {
            officers.add(Fixtures.officer(i, 1 + r.nextInt(5)));
        }
        List<InspectionTask> tasks = new ArrayList<>();
        Map<InspectionTask, Integer> open = new LinkedHashMap<>();
        Map<InspectionTask, List<Officer>> candidates = new HashMap<>();
        Map<Officer, Integer> free = new HashMap<>();
        int m = 2 + r.nextInt(12);
        for (int t = 1; t <= m; t++) {
            List<Officer> allowed = officers.stream().filter(o -> r.nextDouble() < density).toList();
            InspectionTask task = Fixtures.task(t, allowed);
            tasks.add(task);
            open.put(task, 2 + r.nextInt(2));
            candidates.put(task, allowed);
            allowed.forEach(o -> free.put(o, o.getCap()));
        }
        return new FlowCheck.Part(tasks, open, candidates, free);
    }

    @Test
    void feasibilityAgreesWithJGraphTAndTheStartIsLawfulAndExactlyAsEven() {
        Random r = new Random(7);
        int feasible = 0;
        int infeasible = 0;
        for (int i = 0; i < 300; i++) {
            FlowCheck.Part part = randomPart(r, 0.3 + 0.6 * r.nextDouble());
            int demand = part.openSeats().values().stream().mapToInt(Integer::intValue).sum();
            boolean possible = ReferenceFlows.maximumFlow(part) == demand;
            List<Shortage> shortages = FlowCheck.check(part).shortages();
            assertEquals(possible, shortages.isEmpty(), "instance " + i);
            if (!possible) {
                infeasible++;
                continue;
            }
            feasible++;
            Map<InspectionTask, List<Officer>> start = start(part, i);
            Map<Officer, Integer> load = new HashMap<>();
            for (InspectionTask t : part.tasks()) {
                List<Officer> team = start.get(t);
                assertEquals(part.openSeats().get(t), team.size(), "seats of " + t);
                assertEquals(team.size(), new HashSet<>(team).size(), "distinct members on " + t);
                assertTrue(part.candidates().get(t).containsAll(team), "allowed members on " + t);
                team.forEach(o -> load.merge(o, 1, Integer::sum));
            }
            load.forEach((o, l) -> assertTrue(l <= part.freeCapacity().get(o), "cap of " + o));
            long sumOfSquares = load.values().stream().mapToLong(l -> (long) l * l).sum();
            assertEquals(ReferenceFlows.leastSumOfSquares(part), sumOfSquares, "Σ load² of instance " + i);
        }
        assertTrue(feasible > 50 && infeasible > 20, feasible + " feasible, " + infeasible + " infeasible");
    }

    /** Among the equally even assignments the start has the least sum of seeded preferences, and is repeatable. */
    @Test
    void theStartIsTheLeastPreferenceAmongTheMostEvenAndRepeatable() {
        Random r = new Random(11);
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            FlowCheck.Part part = randomPart(r, 0.5 + 0.5 * r.nextDouble());
            if (!FlowCheck.check(part).shortages().isEmpty()) {
                continue;
            }
            Map<InspectionTask, List<Officer>> start = start(part, i);
            assertEquals(start, start(part, i), "the same network gives the same flow");
            int demand = part.openSeats().values().stream().mapToInt(Integer::intValue).sum();
            long big = 1024L * demand + 1;
            Map<Officer, Integer> load = new HashMap<>();
            long cost = 0;
            for (Map.Entry<InspectionTask, List<Officer>> e : start.entrySet()) {
                for (Officer o : e.getValue()) {
                    load.merge(o, 1, Integer::sum);
                    cost += e.getKey().preference(o);
                }
            }
            cost += big * load.values().stream().mapToLong(l -> (long) l * l).sum();
            assertEquals(ReferenceFlows.leastCost(part, big, true), cost, "instance " + i);
            checked++;
        }
        assertTrue(checked > 40, checked + " feasible instances");
    }

    /** The officers of a starting assignment, seat by seat. */
    private static Map<InspectionTask, List<Officer>> start(FlowCheck.Part part, long seed) {
        Map<InspectionTask, List<Officer>> out = new java.util.LinkedHashMap<>();
        FlowCheck.cheapestAssignment(part, seed)
                .forEach((t, picks) -> out.put(t, picks.stream().map(FlowCheck.Pick::officer).toList()));
        return out;
    }
}
