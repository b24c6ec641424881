package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Small planning objects for constraint tests: officers with a cap and tasks with explicit officer sets. */
final class Fixtures {

    private Fixtures() {
    }

    static Officer officer(long id, int cap) {
        return new Officer(id, cap);
    }

    static InspectionTask task(long id, List<Officer> eligible, Set<Long> conflicts, Set<Long> previous) {
        Set<Long> ids = eligible.stream().map(Officer::getId).collect(Collectors.toSet());
        return new InspectionTask(id, "T" + id, "500115", "MARKET_REGULATION", new ArrayList<>(eligible), ids,
                conflicts, previous, id * 7919);
    }

    static InspectionTask task(long id, List<Officer> eligible) {
        return task(id, eligible, Set.of(), Set.of());
    }

    private static long nextSeat = 1;

    static TeamSeat seat(InspectionTask task, Officer officer) {
        return new TeamSeat(nextSeat++, task, officer, false);
    }
}
