package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.zhifa.planner.domain.Sha256;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Assigns teams to drawn targets. The eligibility and area rules split the problem into independent parts
 * (connected components of officers and the inspections they may serve); each part starts from the exact min-cost
 * flow of {@link FlowCheck} (lawful, least Σ load², seeded-random among the equally even), which decides feasibility
 * too (a part it finds infeasible gets the maximum flow's minimum cut, to name its shortages), then is improved by
 * OptaPlanner's local search, whose weights never let it trade workload for partner rotation. A part's data depends
 * only on the draw's seed and the part itself, the search runs in REPRODUCIBLE mode and stops on step counts, so
 * running the parts in parallel gives the same teams as running them one after another, on any machine. The
 * assembled teams of all parts are scored once more as a whole before they are returned: any hard violation makes
 * the outcome {@link TeamOutcome.Unlawful}, never teams.
 */
public final class TeamAssigner {

    /** The solver's own random generator has this fixed seed; the draw's seed enters through the data. */
    static final long SEARCH_SEED = 20_261_123L;

    private final int threads;
    private final SolverFactory<TeamSchedule> factory;
    private final SolutionManager<TeamSchedule, HardMediumSoftLongScore> scores;

    /**
     * Builds the solver factory once (compiling the constraints is the expensive part) and loads the flow solvers'
     * native libraries, so that a draw does not pay for either; thread-safe.
     */
    public TeamAssigner(SolverLimits limits, int threads) {
        this(limits, threads, TeamConstraintProvider.class);
    }

    /** With other rules than the product's (tests of what the assigner does with a rule the flow model lacks). */
    TeamAssigner(SolverLimits limits, int threads, Class<? extends ConstraintProvider> rules) {
        FlowCheck.loadNativeLibraries();
        this.threads = Math.max(1, threads);
        this.factory = SolverFactory.create(config(limits, rules));
        this.scores = SolutionManager.create(factory);
        warmUp();
    }

    /**
     * Runs the feasibility check and the min-cost flow once on a tiny problem, so that the first draw of a server
     * does not pay for loading their classes and linking the native methods (several hundred milliseconds).
     */
    private static void warmUp() {
        List<TeamProblem.Inspector> inspectors = List.of(
                new TeamProblem.Inspector(1, Set.of("000000"), Set.of("W")),
                new TeamProblem.Inspector(2, Set.of("000000"), Set.of("W")),
                new TeamProblem.Inspector(3, Set.of("000000"), Set.of("W")));
        List<TeamProblem.Task> tasks = List.of(new TeamProblem.Task(1, "W1", "000000", "W"),
                new TeamProblem.Task(2, "W2", "000000", "W"));
        Model model = new Model(new TeamProblem("warm-up", 2, 2, tasks, inspectors,
                Set.of(new TeamProblem.OfficerTarget(1, "W1")), Set.of()));
        for (FlowCheck.Part part : model.parts()) {
            FlowCheck.check(part);
            FlowCheck.start(part, model.shuffleSeed(part));
        }
    }

    /**
     * The shortages that make a problem infeasible (empty when every seat can be filled lawfully), by the maximum
     * flow alone: milliseconds, no search. The seal uses it on the demand any draw of the plan will or may make.
     */
    public static List<Shortage> shortages(TeamProblem problem) {
        FlowCheck.loadNativeLibraries();
        return merged(new Model(problem).parts().stream().map(FlowCheck::check).toList());
    }

    /**
     * One shortage per area and category, in that order: parts are connected components, so their officers are
     * distinct and their figures add up (without inspectors every inspection is a part of its own).
     */
    private static List<Shortage> merged(List<FlowCheck.Result> results) {
        Map<List<String>, Shortage> byKey = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        results.forEach(r -> r.shortages().forEach(s -> byKey.merge(List.of(s.area(), s.category(),
                        s.agencyCode() == null ? "" : s.agencyCode()), s,
                (a, b) -> new Shortage(a.area(), a.category(), a.needed() + b.needed(),
                        a.availableOfficers() + b.availableOfficers(), a.capacity() + b.capacity(), a.agencyCode()))));
        return List.copyOf(byKey.values());
    }

    public TeamOutcome assign(TeamProblem problem) {
        long start = System.nanoTime();
        Model model = new Model(problem);
        List<FlowCheck.Part> parts = model.parts();
        long modelMillis = (System.nanoTime() - start) / 1_000_000;
        List<Optional<Map<InspectionTask, List<FlowCheck.Pick>>>> found = runAll(parts.stream()
                .<Callable<Optional<Map<InspectionTask, List<FlowCheck.Pick>>>>>map(p -> () ->
                        FlowCheck.start(p, model.shuffleSeed(p))).toList());
        List<FlowCheck.Part> infeasible = IntStream.range(0, parts.size())
                .filter(i -> found.get(i).isEmpty()).mapToObj(parts::get).toList();
        if (!infeasible.isEmpty()) {
            // the min-cost flows decided; the maximum flow's minimum cut names the shortages of the infeasible parts
            return new TeamOutcome.Infeasible(merged(runAll(infeasible.stream()
                    .<Callable<FlowCheck.Result>>map(p -> () -> FlowCheck.check(p)).toList())));
        }
        List<Map<InspectionTask, List<FlowCheck.Pick>>> starts = found.stream().map(Optional::orElseThrow).toList();
        long flowMillis = (System.nanoTime() - start) / 1_000_000;
        List<PartResult> solved = runAll(IntStream.range(0, parts.size())
                .<Callable<PartResult>>mapToObj(i -> () -> solve(model, parts.get(i), starts.get(i)))
                .toList());
        long solveMillis = (System.nanoTime() - start) / 1_000_000 - flowMillis;

        Map<Long, List<Long>> teams = new LinkedHashMap<>();
        model.tasks.forEach(t -> teams.put(t.getId(), new ArrayList<>(model.kept.get(t))));
        solved.forEach(r -> r.seats().forEach(s -> teams.get(s.getTask().getId()).add(s.getOfficer().getId())));
        HardMediumSoftLongScore initial = HardMediumSoftLongScore.ZERO;
        HardMediumSoftLongScore last = HardMediumSoftLongScore.ZERO;
        long calculations = 0;
        for (PartResult r : solved) {
            initial = initial.add(r.initial());
            last = last.add(r.score());
            calculations += r.calculations();
        }
        List<TeamOutcome.Breach> breaches = hardBreaches(model, teams);
        if (!breaches.isEmpty()) {
            return new TeamOutcome.Unlawful(breaches);
        }
        int seats = parts.stream().mapToInt(p -> p.openSeats().values().stream().mapToInt(i -> i).sum()).sum();
        return new TeamOutcome.Assigned(teams,
                new SolveStats(parts.size(), seats, modelMillis, flowMillis, solveMillis, calculations, initial,
                        last));
    }

    /**
     * The hard constraints the assignment broke in the teams of the whole draw, scored by the same constraints as the
     * search: what the complete teams break beyond what the kept seats of a replacement already broke on their own
     * (a conflict declared after the draw for a member who stays is no doing of this assignment); empty for lawful
     * teams. Scores once (milliseconds) and explains only a violation.
     */
    private List<TeamOutcome.Breach> hardBreaches(Model model, Map<Long, List<Long>> teams) {
        TeamSchedule whole = schedule(model, teams);
        if (scores.update(whole).hardScore() == 0) {
            return List.of();
        }
        Map<Long, List<Long>> keptOnly = new HashMap<>();
        model.tasks.forEach(t -> keptOnly.put(t.getId(), model.kept.get(t)));
        Map<String, Long> before = hardByConstraint(schedule(model, keptOnly));
        List<TeamOutcome.Breach> breaches = new ArrayList<>();
        scores.explain(whole).getConstraintMatchTotalMap().values().forEach(total -> {
            long added = total.getScore().hardScore() - before.getOrDefault(total.getConstraintName(), 0L);
            if (added < 0) {
                breaches.add(new TeamOutcome.Breach(total.getConstraintName(), total.getConstraintMatchCount(), added));
            }
        });
        breaches.sort(Comparator.comparing(TeamOutcome.Breach::constraintName));
        return breaches;
    }

    private Map<String, Long> hardByConstraint(TeamSchedule schedule) {
        Map<String, Long> out = new HashMap<>();
        if (scores.update(schedule).hardScore() < 0) {
            scores.explain(schedule).getConstraintMatchTotalMap().values()
                    .forEach(total -> out.put(total.getConstraintName(), total.getScore().hardScore()));
        }
        return out;
    }

    /** The teams as seats; a joint inspection's members take its matters' seats as {@link Model#matterSeatsOf} finds. */
    private static TeamSchedule schedule(Model model, Map<Long, List<Long>> teams) {
        List<TeamSeat> seats = new ArrayList<>();
        for (InspectionTask t : model.tasks) {
            Map<Long, MatterSeat> matters = Model.matterSeatsOf(t, teams.get(t.getId()), model.officers);
            teams.get(t.getId()).forEach(id -> seats.add(new TeamSeat(seats.size(), t, model.officers.get(id),
                    matters.get(id), false)));
        }
        return new TeamSchedule(List.copyOf(model.officers.values()), model.tasks, seats);
    }

    private record PartResult(List<TeamSeat> seats, HardMediumSoftLongScore initial, HardMediumSoftLongScore score,
                              long calculations) {
    }

    private PartResult solve(Model model, FlowCheck.Part part, Map<InspectionTask, List<FlowCheck.Pick>> start) {
        Set<Officer> officers = new LinkedHashSet<>();
        part.tasks().forEach(t -> officers.addAll(part.candidates().get(t)));
        List<TeamSeat> seats = new ArrayList<>();
        Set<InspectionTask> facts = new LinkedHashSet<>(part.tasks());
        // Kept members of other inspections count towards the cap and workload of this part's officers.
        model.keptSeatsOf(officers, part.tasks()).forEach(k -> {
            seats.add(new TeamSeat(seats.size(), k.task(), k.officer(), model.keptMatters.get(k.task())
                    .get(k.officer().getId()), true));
            facts.add(k.task());
        });
        List<TeamSeat> open = new ArrayList<>();
        for (InspectionTask t : part.tasks()) {
            model.kept.get(t).forEach(id -> seats.add(new TeamSeat(seats.size(), t, model.officers.get(id),
                    model.keptMatters.get(t).get(id), true)));
            for (FlowCheck.Pick p : start.get(t)) {
                TeamSeat seat = new TeamSeat(seats.size(), t, p.officer(), p.matter(), false);
                seats.add(seat);
                open.add(seat);
            }
        }
        List<Officer> officerFacts = officers.stream().sorted(Comparator.comparingLong(Officer::getId)).toList();
        TeamSchedule schedule = new TeamSchedule(officerFacts, List.copyOf(facts), seats);
        HardMediumSoftLongScore initial = scores.update(schedule);
        if (open.stream().allMatch(seat -> seat.getAllowedOfficers().size() < 2)) {
            // No seat has another candidate: the start is the only assignment, and a local search without a single
            // possible move would spend every step of its limit looking for one (seconds, warnings by the thousand).
            return new PartResult(open, initial, initial, 0);
        }
        DefaultSolver<TeamSchedule> solver = (DefaultSolver<TeamSchedule>) factory.buildSolver();
        TeamSchedule best = solver.solve(schedule);
        List<TeamSeat> bestOpen = best.getSeats().stream().filter(s -> !s.isPinned()).toList();
        return new PartResult(bestOpen, initial, best.getScore(), solver.getSolverScope().getScoreCalculationCount());
    }

    static SolverConfig config(SolverLimits limits, Class<? extends ConstraintProvider> rules) {
        return new SolverConfig()
                .withSolutionClass(TeamSchedule.class)
                .withEntityClasses(TeamSeat.class)
                .withConstraintProviderClass(rules)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(SEARCH_SEED)
                .withPhases(new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                        .withStepCountLimit(limits.steps())
                        .withUnimprovedStepCountLimit(limits.unimprovedSteps())
                        .withScoreCalculationCountLimit(limits.scoreCalculations())));
    }

    private <T> List<T> runAll(List<Callable<T>> jobs) {
        if (threads == 1 || jobs.size() < 2) {
            List<T> out = new ArrayList<>();
            for (Callable<T> job : jobs) {
                try {
                    out.add(job.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(jobs)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("team assignment interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The problem in planning classes, with the candidates of every task and the split into parts. */
    static final class Model {

        final String seed;
        final Map<Long, Officer> officers = new LinkedHashMap<>();
        final List<InspectionTask> tasks = new ArrayList<>();
        final Map<InspectionTask, List<Long>> kept = new HashMap<>();
        final Map<InspectionTask, Integer> openSeats = new HashMap<>();
        /** A joint inspection's matters whose seat is open (not taken by a kept member), and its other open seats. */
        final Map<InspectionTask, List<MatterSeat>> openMatterSeats = new HashMap<>();
        final Map<InspectionTask, Integer> openOtherSeats = new HashMap<>();
        /** The matters whose seats the kept members of a joint inspection take, by officer. */
        final Map<InspectionTask, Map<Long, MatterSeat>> keptMatters = new HashMap<>();
        final Map<Officer, Integer> keptLoad = new HashMap<>();
        /** The inspections each officer is kept on, in task order. */
        final Map<Officer, List<InspectionTask>> keptTasks = new HashMap<>();

        record KeptSeat(InspectionTask task, Officer officer) {
        }

        Model(TeamProblem p) {
            this.seed = p.seed();
            Map<String, List<Officer>> byCategoryArea = new HashMap<>();
            Map<Long, String> agencyOf = new HashMap<>();
            p.inspectors().stream().sorted(Comparator.comparingLong(TeamProblem.Inspector::officerId)).forEach(i -> {
                Officer o = new Officer(i.officerId(), p.cap());
                officers.put(o.getId(), o);
                if (i.agencyCode() != null) {
                    agencyOf.put(o.getId(), i.agencyCode());
                }
                i.categories().forEach(c -> i.areas().forEach(a ->
                        byCategoryArea.computeIfAbsent(c + "|" + a, k -> new ArrayList<>()).add(o)));
            });
            Map<String, Set<Long>> conflicts = byTarget(p.conflicts());
            Map<String, Set<Long>> previous = byTarget(p.previousPlan());
            // Inspections of one area and category share their (immutable) eligible officers and id set.
            Map<String, List<Officer>> eligibleByKey = new HashMap<>();
            Map<List<Officer>, Set<Long>> idsOf = new IdentityHashMap<>();
            p.tasks().stream().sorted(Comparator.comparing(TeamProblem.Task::creditCode)).forEach(t -> {
                Map<TeamProblem.Matter, List<Officer>> qualified = new LinkedHashMap<>();
                t.matters().forEach(m -> qualified.put(m, eligibleByKey.computeIfAbsent(
                        m.category() + "|" + m.agencyCode() + "|" + t.area(),
                        k -> coveringOfficers(byCategoryArea, m.category(), t.area()).stream()
                                .filter(o -> m.agencyCode() == null || m.agencyCode().equals(agencyOf.get(o.getId())))
                                .toList())));
                List<Officer> eligible = t.matters().isEmpty()
                        ? eligibleByKey.computeIfAbsent(t.category() + "|" + t.area(),
                                k -> coveringOfficers(byCategoryArea, t.category(), t.area()))
                        : eligibleByKey.computeIfAbsent(qualified.keySet() + "|" + t.area(), k -> qualified.values()
                                .stream().flatMap(List::stream).distinct()
                                .sorted(Comparator.comparingLong(Officer::getId)).toList());
                Set<Long> eligibleIds = idsOf.computeIfAbsent(eligible,
                        e -> Set.copyOf(e.stream().map(Officer::getId).collect(Collectors.toSet())));
                InspectionTask task = new InspectionTask(t.id(), t.creditCode(), t.area(), t.category(), eligible,
                        eligibleIds, conflicts.getOrDefault(t.creditCode(), Set.of()),
                        previous.getOrDefault(t.creditCode(), Set.of()), Sha256.toLong(seed + ":" + t.creditCode()),
                        qualified, list -> idsOf.computeIfAbsent(list,
                                e -> Set.copyOf(e.stream().map(Officer::getId).collect(Collectors.toSet()))));
                tasks.add(task);
                List<Long> keptHere = t.keptOfficers().stream().filter(officers::containsKey).toList();
                kept.put(task, keptHere);
                keptHere.forEach(id -> {
                    keptLoad.merge(officers.get(id), 1, Integer::sum);
                    keptTasks.computeIfAbsent(officers.get(id), k -> new ArrayList<>()).add(task);
                });
                Map<Long, MatterSeat> keptSeats = matterSeatsOf(task, keptHere, officers);
                keptMatters.put(task, keptSeats);
                List<MatterSeat> openMatters = task.matterSeats().stream()
                        .filter(m -> !keptSeats.containsValue(m)).toList();
                int seats = Math.max(p.teamSize(), task.matterSeats().size());
                int others = Math.max(0, seats - keptHere.size() - openMatters.size());
                openMatterSeats.put(task, openMatters);
                openOtherSeats.put(task, others);
                openSeats.put(task, openMatters.size() + others);
            });
        }

        /**
         * Which matter's seat each member of a joint inspection's team takes: a maximum matching of the matters to
         * distinct members qualified for them (augmenting paths, matters and members in their order, so the same team
         * gives the same seats); members left over take the other seats. Empty for an inspection of one matter.
         */
        static Map<Long, MatterSeat> matterSeatsOf(InspectionTask task, List<Long> team, Map<Long, Officer> officers) {
            Map<Long, MatterSeat> seatOf = new LinkedHashMap<>();
            for (MatterSeat m : task.matterSeats()) {
                augment(m, team, officers, seatOf, new HashSet<>());
            }
            return seatOf;
        }

        private static boolean augment(MatterSeat m, List<Long> team, Map<Long, Officer> officers,
                                       Map<Long, MatterSeat> seatOf, Set<Long> visited) {
            for (Long id : team) {
                if (m.admits(officers.get(id)) && visited.add(id)) {
                    MatterSeat holder = seatOf.get(id);
                    if (holder == null || augment(holder, team, officers, seatOf, visited)) {
                        seatOf.put(id, m);
                        return true;
                    }
                }
            }
            return false;
        }

        /** Officers whose credential covers the area: the area itself, its prefecture and its province codes. */
        private static List<Officer> coveringOfficers(Map<String, List<Officer>> index, String category, String area) {
            Set<Officer> found = new LinkedHashSet<>();
            for (String a : List.of(area, area.substring(0, 4) + "00", area.substring(0, 2) + "0000")) {
                found.addAll(index.getOrDefault(category + "|" + a, List.of()));
            }
            return found.stream().sorted(Comparator.comparingLong(Officer::getId)).toList();
        }

        private static Map<String, Set<Long>> byTarget(Set<TeamProblem.OfficerTarget> pairs) {
            Map<String, Set<Long>> m = new HashMap<>();
            pairs.forEach(p -> m.computeIfAbsent(p.creditCode(), k -> new HashSet<>()).add(p.officerId()));
            return m;
        }

        /** Connected components of open inspections and their candidate officers (union-find), in code order. */
        List<FlowCheck.Part> parts() {
            Map<Object, Object> parent = new HashMap<>();
            Map<InspectionTask, List<Officer>> candidates = new HashMap<>();
            // A candidate list shared with an earlier inspection is connected already: join that inspection only.
            Map<List<Officer>, InspectionTask> firstWith = new IdentityHashMap<>();
            for (InspectionTask t : tasks) {
                if (openSeats.get(t) == 0) {
                    continue;
                }
                List<Long> keptHere = kept.get(t);
                List<Officer> c = keptHere.isEmpty() ? t.allowedOfficers()
                        : t.allowedOfficers().stream().filter(o -> !keptHere.contains(o.getId())).toList();
                candidates.put(t, c);
                parent.putIfAbsent(t, t);
                InspectionTask earlier = c.isEmpty() ? null : firstWith.putIfAbsent(c, t);
                if (earlier != null) {
                    union(parent, earlier, t);
                    continue;
                }
                for (Officer o : c) {
                    parent.putIfAbsent(o, o);
                    union(parent, t, o);
                }
            }
            Map<Object, List<InspectionTask>> groups = new LinkedHashMap<>();
            for (InspectionTask t : tasks) {
                if (candidates.containsKey(t)) {
                    groups.computeIfAbsent(find(parent, t), k -> new ArrayList<>()).add(t);
                }
            }
            List<FlowCheck.Part> parts = new ArrayList<>();
            for (List<InspectionTask> group : groups.values()) {
                Map<InspectionTask, Integer> open = new HashMap<>();
                Map<InspectionTask, List<Officer>> cand = new HashMap<>();
                Map<Officer, Integer> free = new HashMap<>();
                Map<InspectionTask, List<FlowCheck.Group>> seatGroups = new HashMap<>();
                for (InspectionTask t : group) {
                    open.put(t, openSeats.get(t));
                    cand.put(t, candidates.get(t));
                    candidates.get(t).forEach(o -> free.put(o, Math.max(0, o.getCap() - keptLoad.getOrDefault(o, 0))));
                    if (!t.matterSeats().isEmpty()) {
                        seatGroups.put(t, seatGroups(t, candidates.get(t)));
                    }
                }
                parts.add(new FlowCheck.Part(group, open, cand, free, seatGroups));
            }
            return parts;
        }

        /** A joint inspection's open seats: one group per open matter seat, one for the other open seats. */
        private List<FlowCheck.Group> seatGroups(InspectionTask t, List<Officer> candidates) {
            List<FlowCheck.Group> out = new ArrayList<>();
            for (MatterSeat m : openMatterSeats.get(t)) {
                // without kept members the candidates are the task's allowed officers, and those the seat admits are
                // its own allowed officers (the same officers in the same id order): shared, not filtered again
                out.add(new FlowCheck.Group(m, 1, candidates == t.allowedOfficers() ? m.allowedOfficers()
                        : candidates.stream().filter(m::admits).toList()));
            }
            if (openOtherSeats.get(t) > 0) {
                out.add(new FlowCheck.Group(null, openOtherSeats.get(t), candidates));
            }
            return out;
        }

        private static Object find(Map<Object, Object> parent, Object x) {
            Object root = x;
            while (parent.get(root) != root) {
                root = parent.get(root);
            }
            while (parent.get(x) != root) {
                Object next = parent.get(x);
                parent.put(x, root);
                x = next;
            }
            return root;
        }

        private static void union(Map<Object, Object> parent, Object a, Object b) {
            Object ra = find(parent, a);
            Object rb = find(parent, b);
            if (ra != rb) {
                parent.put(rb, ra);
            }
        }

        /** The part's own seed: independent of how many parts there are and of the order they run in. */
        long shuffleSeed(FlowCheck.Part part) {
            return Sha256.toLong(seed + ":flow:" + part.tasks().get(0).getCreditCode());
        }

        /** Kept seats of the part's officers on inspections outside the part, by officer then task order. */
        List<KeptSeat> keptSeatsOf(Set<Officer> partOfficers, List<InspectionTask> partTasks) {
            Set<InspectionTask> inPart = new HashSet<>(partTasks);
            List<KeptSeat> out = new ArrayList<>();
            for (Officer o : partOfficers) {
                for (InspectionTask t : keptTasks.getOrDefault(o, List.of())) {
                    if (!inPart.contains(t)) {
                        out.add(new KeptSeat(t, o));
                    }
                }
            }
            return out;
        }
    }
}
