package cn.zhifa.planner.solver;

import java.util.List;
import java.util.Set;

/**
 * Everything that decides the teams of a draw, and nothing else: the draw's seed, team size, per-inspector cap,
 * the drawn targets, the frozen inspector snapshot, declared conflicts (回避) and the matter's previous plan.
 * The same problem gives the same teams on any machine.
 *
 * @param tasks      drawn targets; {@code keptOfficers} are the members a replacement keeps (empty for a draw)
 * @param inspectors the eligible inspectors frozen at seal (credential ACTIVE for the whole window)
 */
public record TeamProblem(String seed, int teamSize, int cap, List<Task> tasks, List<Inspector> inspectors,
                          Set<OfficerTarget> conflicts, Set<OfficerTarget> previousPlan) {

    public TeamProblem {
        tasks = List.copyOf(tasks);
        inspectors = List.copyOf(inspectors);
        conflicts = Set.copyOf(conflicts);
        previousPlan = Set.copyOf(previousPlan);
    }

    /** A drawn target that needs a team. */
    public record Task(long id, String creditCode, String area, String category, List<Long> keptOfficers) {

        public Task {
            keptOfficers = List.copyOf(keptOfficers);
        }

        public Task(long id, String creditCode, String area, String category) {
            this(id, creditCode, area, category, List.of());
        }
    }

    /** An inspector of the snapshot with the categories and areas of the credential. */
    public record Inspector(long officerId, Set<String> areas, Set<String> categories) {

        public Inspector {
            areas = Set.copyOf(areas);
            categories = Set.copyOf(categories);
        }
    }

    /** An officer-target pair (a declared conflict, or an inspection of the previous plan). */
    public record OfficerTarget(long officerId, String creditCode) {
    }
}
