package cn.zhifa.planner.solver;

import java.util.List;
import java.util.Map;

/**
 * The result of a team assignment: teams for every task, the shortages that prove none exists, or teams the
 * scoring of the whole draw found unlawful (a hard rule the flow model does not enforce), which must not be stored.
 */
public sealed interface TeamOutcome {

    /** Teams by task id, officer ids in seat order (kept members first). */
    record Assigned(Map<Long, List<Long>> teams, SolveStats stats) implements TeamOutcome {
    }

    record Infeasible(List<Shortage> shortages) implements TeamOutcome {
    }

    /** Every hard constraint the assembled teams break, with its number of matches; never empty. */
    record Unlawful(List<Breach> breaches) implements TeamOutcome {

        public Unlawful {
            breaches = List.copyOf(breaches);
        }
    }

    /** A broken hard constraint: its registered name, how many times it matched and the hard score it cost. */
    record Breach(String constraintName, int matches, long hardScore) {
    }
}
