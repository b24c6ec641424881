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

    /**
     * A drawn target that needs a team. An inspection of a joint plan (联合抽查) lists the {@code matters} it
     * covers: its team holds a seat of its own for each of them, filled by an officer qualified for the matter (its
     * category, of its agency), and at least {@code teamSize} officers; its {@code category} is then the lead
     * matter's. Without matters the team is {@code teamSize} officers of {@code category}, as for a plan of one matter.
     */
    public record Task(long id, String creditCode, String area, String category, List<Long> keptOfficers,
                       List<Matter> matters) {

        public Task {
            keptOfficers = List.copyOf(keptOfficers);
            matters = List.copyOf(matters);
        }

        public Task(long id, String creditCode, String area, String category, List<Long> keptOfficers) {
            this(id, creditCode, area, category, keptOfficers, List.of());
        }

        public Task(long id, String creditCode, String area, String category) {
            this(id, creditCode, area, category, List.of(), List.of());
        }
    }

    /**
     * A matter of a joint inspection: its officers hold {@code category} and belong to {@code agencyCode} (any agency
     * when null).
     */
    public record Matter(long matterId, String category, String agencyCode) {
    }

    /** An inspector of the snapshot with the categories and areas of the credential and the officer's agency. */
    public record Inspector(long officerId, Set<String> areas, Set<String> categories, String agencyCode) {

        public Inspector {
            areas = Set.copyOf(areas);
            categories = Set.copyOf(categories);
        }

        public Inspector(long officerId, Set<String> areas, Set<String> categories) {
            this(officerId, areas, categories, null);
        }
    }

    /** An officer-target pair (a declared conflict, or an inspection of the previous plan). */
    public record OfficerTarget(long officerId, String creditCode) {
    }
}
