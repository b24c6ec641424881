package cn.zhifa.planner.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.DrawTarget;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.planner.domain.SamplingRules;
import cn.zhifa.planner.domain.TargetDraw;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The planner benchmark (not a test): synthetic scenarios, the target draw, the team assignment, a seeded-greedy
 * baseline and a min-cost-flow lower bound of the workload objective (Σ load², convex arc costs 1, 3, 5, …, no
 * preferences), with the spread of that optimal assignment itself (the best spread any solver can show).
 * Run: {@code ./mvnw -B -ntp -o -pl inspection-planner -am -Pbench test -Dbench.scenarios=city,scarce,province}.
 * The joint variants ({@code city-joint}, {@code province-joint}: 联合抽查 of three agencies' matters, each target in
 * the scope of one to three of them, mixed teams of three) run beside the single-agency ones:
 * {@code -Dbench.scenarios=city,city-joint,province,province-joint}.
 */
public final class PlannerBenchmark {

    private static final String[] CATEGORIES = {"MARKET_REGULATION", "URBAN_MANAGEMENT", "ECOLOGY_ENVIRONMENT",
            "TRANSPORT", "CULTURE_TOURISM", "AGRICULTURE", "EMERGENCY_SAFETY", "HEALTH"};

    /** {@code matters}: the matters of a joint plan, one agency and category each (0: a plan of one matter). */
    record Scenario(String name, int targets, int officers, int areas, int categories, int teamSize, int cap,
                    BigDecimal ratio, double conflictDensity, double citywideShare, int matters) {

        Scenario(String name, int targets, int officers, int areas, int categories, int teamSize, int cap,
                 BigDecimal ratio, double conflictDensity, double citywideShare) {
            this(name, targets, officers, areas, categories, teamSize, cap, ratio, conflictDensity, citywideShare, 0);
        }
    }

    public static void main(String[] args) {
        String which = System.getProperty("bench.scenarios", "city,scarce");
        Map<String, Scenario> all = Map.of(
                "city", new Scenario("city", 200_000, 3_000, 20, 8, 2, 12, new BigDecimal("0.05"), 0.0, 0.0),
                "province", new Scenario("province", 2_000_000, 30_000, 150, 8, 2, 12, new BigDecimal("0.05"), 0.0, 0.0),
                "scarce", new Scenario("scarce", 800, 45, 1, 1, 3, 27, new BigDecimal("0.5"), 0.10, 0.0),
                "city-joint", new Scenario("city-joint", 200_000, 3_000, 20, 3, 3, 18, new BigDecimal("0.05"), 0.0, 0.0,
                        3),
                "province-joint", new Scenario("province-joint", 2_000_000, 30_000, 150, 3, 3, 18,
                        new BigDecimal("0.05"), 0.0, 0.0, 3));
        System.out.printf(Locale.ROOT, "%-9s %-8s %8s %9s %9s %9s %7s %5s %28s %8s %11s %8s %6s %9s %5s%n",
                "scenario", "method", "draw ms", "model ms", "first ms", "final ms", "seats", "hard", "score", "moves/s",
                "Σload²", "gap", "spread", "lb spread", "load");
        for (String name : which.split(",")) {
            run(all.get(name.strip()));
        }
    }

    static void run(Scenario s) {
        Random random = new Random(42);
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < s.areas(); i++) {
            areas.add(String.format(Locale.ROOT, "5%02d%03d", 1 + i / 100, 101 + i % 100));
        }
        List<DrawTarget> targets = new ArrayList<>(s.targets());
        Map<String, String> areaOf = new HashMap<>();
        for (int i = 0; i < s.targets(); i++) {
            String code = String.format(Locale.ROOT, "91%016d", i);
            targets.add(new DrawTarget(code, RiskLevel.values()[random.nextInt(4)], CreditLevel.values()[random.nextInt(4)]));
            areaOf.put(code, areas.get(random.nextInt(areas.size())));
        }
        Map<RiskLevel, BigDecimal> ratios = new HashMap<>();
        for (RiskLevel r : RiskLevel.values()) {
            ratios.put(r, s.ratio());
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long d0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        TargetDraw.Result drawn = TargetDraw.draw("benchmark-server-seed", "entropy", new SamplingRules(ratios, Map.of()),
                targets);
        long drawMs = (System.nanoTime() - t0) / 1_000_000;
        long drawCpu = (os.getProcessCpuTime() - d0) / 1_000_000;

        List<TeamProblem.Task> tasks = new ArrayList<>();
        List<TeamProblem.Matter> matters = new ArrayList<>();
        for (int m = 0; m < s.matters(); m++) {
            matters.add(new TeamProblem.Matter(m + 1, CATEGORIES[m], "agency-" + (m + 1)));
        }
        for (String code : drawn.drawnCreditCodes()) {
            if (matters.isEmpty()) {
                tasks.add(new TeamProblem.Task(tasks.size() + 1, code, areaOf.get(code),
                        CATEGORIES[random.nextInt(s.categories())]));
            } else {
                // each matter's scope takes a target with even odds; every target falls in one at least
                List<TeamProblem.Matter> covered = new ArrayList<>(matters.stream().filter(m -> random.nextBoolean())
                        .toList());
                if (covered.isEmpty()) {
                    covered.add(matters.get(random.nextInt(matters.size())));
                }
                tasks.add(new TeamProblem.Task(tasks.size() + 1, code, areaOf.get(code), covered.getFirst().category(),
                        List.of(), covered));
            }
        }
        List<TeamProblem.Inspector> inspectors = new ArrayList<>();
        for (int i = 1; i <= s.officers(); i++) {
            Set<String> cats = new HashSet<>(List.of(CATEGORIES[random.nextInt(s.categories())]));
            if (random.nextBoolean()) {
                cats.add(CATEGORIES[random.nextInt(s.categories())]);
            }
            String area = random.nextDouble() < s.citywideShare() ? "500000" : areas.get(random.nextInt(areas.size()));
            // in a joint scenario an officer belongs to one agency, and holds its matter's category among others
            TeamProblem.Matter agencyOf = matters.isEmpty() ? null : matters.get(random.nextInt(matters.size()));
            if (agencyOf != null) {
                cats.add(agencyOf.category());
            }
            inspectors.add(new TeamProblem.Inspector(i, Set.of(area), cats,
                    agencyOf == null ? null : agencyOf.agencyCode()));
        }
        Set<TeamProblem.OfficerTarget> conflicts = new HashSet<>();
        if (s.conflictDensity() > 0) {
            for (TeamProblem.Task t : tasks) {
                for (TeamProblem.Inspector o : inspectors) {
                    if (random.nextDouble() < s.conflictDensity()) {
                        conflicts.add(new TeamProblem.OfficerTarget(o.officerId(), t.creditCode()));
                    }
                }
            }
        }
        TeamProblem problem = new TeamProblem(drawn.seed(), s.teamSize(), s.cap(), tasks, inspectors, conflicts, Set.of());

        // The solver factory (constraint compilation) is built once per server, so it is not timed.
        TeamAssigner assigner = new TeamAssigner(SolverLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
        long p0 = os.getProcessCpuTime();
        long t1 = System.nanoTime();
        TeamOutcome outcome = assigner.assign(problem);
        long solveTotal = (System.nanoTime() - t1) / 1_000_000;
        long assignCpu = (os.getProcessCpuTime() - p0) / 1_000_000;
        // The seal's feasibility check (a draw's only for an infeasible part) on this thread, in CPU time: a figure the
        // machine's load does not inflate.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        TeamAssigner.Model model = new TeamAssigner.Model(problem);
        List<FlowCheck.Part> parts = model.parts();
        long c1 = cpu.getCurrentThreadCpuTime();
        parts.forEach(FlowCheck::check);
        long c2 = cpu.getCurrentThreadCpuTime();
        long t3 = System.nanoTime();
        LowerBound lowerBound = lowerBound(model);
        System.out.printf(Locale.ROOT, "%-9s target draw used %d ms CPU, team assignment %d ms CPU (all threads),"
                        + " end to end %d ms CPU; max-flow check on one thread: %d ms CPU (model and parts %d,"
                        + " max flow %d); lower bound %d ms%n", s.name(), drawCpu, assignCpu, drawCpu + assignCpu,
                (c2 - c0) / 1_000_000, (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        if (outcome instanceof TeamOutcome.Infeasible inf) {
            System.out.printf(Locale.ROOT, "%-9s infeasible: %s%n", s.name(), inf.shortages());
        } else {
            TeamOutcome.Assigned a = (TeamOutcome.Assigned) outcome;
            SolveStats st = a.stats();
            report(s.name(), "solver", drawMs, st.modelMillis(), st.flowMillis(), solveTotal, st.seats(), a.teams(),
                    model, st.finalScore().toString(), st.moveEvaluationSpeed(), lowerBound);
        }
        long t2 = System.nanoTime();
        Map<Long, List<Long>> greedy = greedy(model, new Random(drawn.seed().hashCode()));
        long greedyMs = (System.nanoTime() - t2) / 1_000_000;
        report(s.name(), "greedy", drawMs, -1, greedyMs, greedyMs,
                model.openSeats.values().stream().mapToInt(Integer::intValue).sum(), greedy, model, "-", 0, lowerBound);
    }

    static void report(String scenario, String method, long drawMs, long modelMs, long firstMs, long finalMs, int seats,
                       Map<Long, List<Long>> teams, TeamAssigner.Model model, String score, long speed,
                       LowerBound lb) {
        Map<Long, Integer> load = new HashMap<>();
        teams.values().forEach(t -> t.forEach(o -> load.merge(o, 1, Integer::sum)));
        long sumSquares = load.values().stream().mapToLong(c -> (long) c * c).sum();
        System.out.printf(Locale.ROOT, "%-9s %-8s %8d %9s %9d %9d %7d %5d %28s %8d %11d %7.3f%% %6.2f %9.2f %5.1f%n",
                scenario, method, drawMs, modelMs < 0 ? "-" : String.valueOf(modelMs), firstMs, finalMs, seats,
                hardViolations(teams, model), score, speed, sumSquares,
                lb.sumOfSquares() == 0 ? 0.0 : 100.0 * (sumSquares - lb.sumOfSquares()) / lb.sumOfSquares(),
                spread(load, model), spread(lb.loads(), model),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Independent check of every hard rule: seats filled by distinct, allowed officers within the cap; each matter of
     * a joint inspection with a member qualified for it (distinct members for distinct matters).
     */
    static int hardViolations(Map<Long, List<Long>> teams, TeamAssigner.Model model) {
        int v = 0;
        Map<Long, Integer> load = new HashMap<>();
        for (InspectionTask t : model.tasks) {
            List<Long> team = teams.getOrDefault(t.getId(), List.of());
            v += Math.max(0, model.openSeats.get(t) - new HashSet<>(team).size());
            v += t.matterSeats().size() - TeamAssigner.Model.matterSeatsOf(t, team, model.officers).size();
            for (long id : team) {
                Officer o = model.officers.get(id);
                if (!t.allowedOfficers().contains(o)) {
                    v++;
                }
                load.merge(id, 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> e : load.entrySet()) {
            v += Math.max(0, e.getValue() - model.officers.get(e.getKey()).getCap());
        }
        return v;
    }

    /** Largest deviation of a load from the mean load of officers with the same eligibility (a pool). */
    static double spread(Map<Long, Integer> load, TeamAssigner.Model model) {
        Map<Long, Set<Long>> tasksOf = new HashMap<>();
        model.tasks.forEach(t -> t.allowedOfficers().forEach(o ->
                tasksOf.computeIfAbsent(o.getId(), k -> new HashSet<>()).add(t.getId())));
        Map<Set<Long>, List<Integer>> pools = new HashMap<>();
        tasksOf.forEach((id, set) -> pools.computeIfAbsent(set, k -> new ArrayList<>()).add(load.getOrDefault(id, 0)));
        double worst = 0;
        for (List<Integer> loads : pools.values()) {
            double mean = loads.stream().mapToInt(i -> i).average().orElse(0);
            for (int l : loads) {
                worst = Math.max(worst, Math.abs(l - mean));
            }
        }
        return worst;
    }

    /**
     * Seats in seeded random order (a joint inspection's matter seats before its other seats); each takes the least
     * loaded allowed officer with room (ties random).
     */
    static Map<Long, List<Long>> greedy(TeamAssigner.Model model, Random random) {
        List<InspectionTask> tasks = new ArrayList<>(model.tasks);
        Collections.shuffle(tasks, random);
        List<Map.Entry<InspectionTask, List<Officer>>> seats = new ArrayList<>();
        tasks.forEach(t -> {
            t.matterSeats().forEach(m -> seats.add(Map.entry(t, m.allowedOfficers())));
            for (int i = t.matterSeats().size(); i < model.openSeats.get(t); i++) {
                seats.add(Map.entry(t, t.allowedOfficers()));
            }
        });
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, List<Long>> teams = new HashMap<>();
        for (Map.Entry<InspectionTask, List<Officer>> seat : seats) {
            InspectionTask t = seat.getKey();
            List<Long> team = teams.computeIfAbsent(t.getId(), k -> new ArrayList<>());
            Officer best = null;
            int bestLoad = Integer.MAX_VALUE;
            int ties = 0;
            for (Officer o : seat.getValue()) {
                int l = load.getOrDefault(o.getId(), 0);
                if (team.contains(o.getId()) || l >= o.getCap()) {
                    continue;
                }
                if (l < bestLoad) {
                    best = o;
                    bestLoad = l;
                    ties = 1;
                } else if (l == bestLoad && random.nextInt(++ties) == 0) {
                    best = o;
                }
            }
            if (best != null) {
                team.add(best.getId());
                load.merge(best.getId(), 1, Integer::sum);
            }
        }
        return teams;
    }

    /** The least Σ load² over all lawful assignments, and the loads of an assignment that attains it. */
    record LowerBound(long sumOfSquares, Map<Long, Integer> loads) {
    }

    /**
     * min Σ load² over all lawful assignments, ignoring partners and preferences: a bound no solver can beat. Its own
     * min-cost flow per part (OR-tools, arc costs 1, 3, 5, …), checked against JGraphT in {@code FlowCheckTest}.
     */
    static LowerBound lowerBound(TeamAssigner.Model model) {
        long total = 0;
        Map<Long, Integer> loads = new HashMap<>();
        for (FlowCheck.Part part : model.parts()) {
            if (!part.groups().isEmpty()) {
                // a joint part: the exact min-cost start minimises BIG·Σ load² first, so its loads attain the bound
                Map<Long, Integer> partLoads = new HashMap<>();
                FlowCheck.cheapestAssignment(part, 0).values().forEach(team -> team.forEach(p ->
                        partLoads.merge(p.officer().getId(), 1, Integer::sum)));
                partLoads.forEach((id, l) -> loads.merge(id, l, Integer::sum));
                total += partLoads.values().stream().mapToLong(l -> (long) l * l).sum();
                continue;
            }
            MinCostFlow flow = new MinCostFlow();
            Map<Officer, Integer> nodeOf = new LinkedHashMap<>();
            int sink = 0;
            int next = 1;
            int demand = 0;
            for (InspectionTask t : part.tasks()) {
                int tv = next++;
                flow.setNodeSupply(tv, part.openSeats().get(t));
                demand += part.openSeats().get(t);
                for (Officer o : part.candidates().get(t)) {
                    Integer ov = nodeOf.get(o);
                    if (ov == null) {
                        ov = next++;
                        nodeOf.put(o, ov);
                        for (int k = 1; k <= part.freeCapacity().get(o); k++) {
                            flow.addArcWithCapacityAndUnitCost(ov, sink, 1, 2L * k - 1);
                        }
                    }
                    flow.addArcWithCapacityAndUnitCost(tv, ov, 1, 0);
                }
            }
            flow.setNodeSupply(sink, -demand);
            if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("no lawful assignment");
            }
            total += flow.getOptimalCost();
            Map<Integer, Officer> officerAt = new HashMap<>();
            nodeOf.forEach((o, v) -> officerAt.put(v, o));
            for (int arc = 0; arc < flow.getNumArcs(); arc++) {
                if (flow.getHead(arc) == sink && flow.getFlow(arc) > 0) {
                    loads.merge(officerAt.get(flow.getTail(arc)).getId(), 1, Integer::sum);
                }
            }
            flow.delete();
        }
        return new LowerBound(total, loads);
    }
}
