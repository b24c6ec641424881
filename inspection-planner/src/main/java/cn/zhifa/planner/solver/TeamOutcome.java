package cn.zhifa.planner.solver;

import java.util.List;
import java.util.Map;

/** The result of a team assignment: teams for every task, or the shortages that prove none exists. */
public sealed interface TeamOutcome {

    /** Teams by task id, officer ids in seat order (kept members first). */
    record Assigned(Map<Long, List<Long>> teams, SolveStats stats) implements TeamOutcome {
    }

    record Infeasible(List<Shortage> shortages) implements TeamOutcome {
    }
}
