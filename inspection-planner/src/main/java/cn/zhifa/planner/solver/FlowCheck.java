package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Feasibility before solving, as a maximum flow: source → inspection (its open seats) → officer (1: a person sits
 * once in a team; only allowed pairs) → sink (the officer's remaining cap). Every seat can be filled lawfully
 * exactly when the maximum flow equals the number of open seats; otherwise a minimum cut names the inspections
 * whose demand exceeds what their officers can give (Hall's condition), reported per area and category.
 * When feasible, a min-cost flow over the same network gives the starting assignment of the local search:
 * lawful, with the most even workload, and random among the equally even ones.
 */
final class FlowCheck {

    /** A part of the problem to check: tasks with open seats, their candidates and the officers' free capacity. */
    record Part(List<InspectionTask> tasks, Map<InspectionTask, Integer> openSeats,
                Map<InspectionTask, List<Officer>> candidates, Map<Officer, Integer> freeCapacity) {
    }

    /** The shortages that prove a part infeasible; empty when every seat can be filled. */
    record Result(List<Shortage> shortages) {
    }

    private FlowCheck() {
    }

    /** Decides feasibility by maximum flow; an infeasible part comes with its shortages (minimum cut). */
    static Result check(Part part) {
        List<Officer> officers = officersOf(part);

        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int source = 0;
        int sink = 1;
        graph.addVertex(source);
        graph.addVertex(sink);
        Map<Officer, Integer> officerVertex = new HashMap<>();
        for (Officer o : officers) {
            int v = 2 + officerVertex.size();
            officerVertex.put(o, v);
            graph.addVertex(v);
            graph.setEdgeWeight(graph.addEdge(v, sink), part.freeCapacity().getOrDefault(o, 0));
        }
        int vertex = 2 + officers.size();
        int demand = 0;
        Map<InspectionTask, Integer> taskVertex = new LinkedHashMap<>();
        for (InspectionTask t : part.tasks()) {
            int open = part.openSeats().get(t);
            demand += open;
            graph.addVertex(vertex);
            taskVertex.put(t, vertex);
            graph.setEdgeWeight(graph.addEdge(source, vertex), open);
            List<Officer> ordered = new ArrayList<>(part.candidates().get(t));
            ordered.sort(Comparator.comparingInt(officerVertex::get));
            for (Officer o : ordered) {
                graph.setEdgeWeight(graph.addEdge(vertex, officerVertex.get(o)), 1);
            }
            vertex++;
        }

        PushRelabelMFImpl<Integer, DefaultWeightedEdge> algorithm = new PushRelabelMFImpl<>(graph);
        MaximumFlowAlgorithm.MaximumFlow<DefaultWeightedEdge> flow = algorithm.getMaximumFlow(source, sink);
        if (Math.round(flow.getValue()) < demand) {
            algorithm.calculateMinCut(source, sink);
            return new Result(shortages(part, taskVertex, algorithm.getSourcePartition()));
        }
        return new Result(List.of());
    }

    private static List<Officer> officersOf(Part part) {
        Set<Officer> officerSet = new LinkedHashSet<>();
        part.tasks().forEach(t -> officerSet.addAll(part.candidates().get(t)));
        List<Officer> officers = new ArrayList<>(officerSet);
        officers.sort(Comparator.comparingLong(Officer::getId));
        return officers;
    }

    /**
     * A fast lawful start: the seats, in an order shuffled by the draw's seed, each take the allowed officer with
     * the least load so far (then the lowest seeded preference). Empty when it leaves a seat unfilled, which can
     * happen where officers are scarce even though a lawful assignment exists; the min-cost flow then decides.
     */
    static Optional<Map<InspectionTask, List<Officer>>> greedyAssignment(Part part, long shuffleSeed) {
        List<InspectionTask> seats = new ArrayList<>();
        part.tasks().forEach(t -> {
            for (int i = 0; i < part.openSeats().get(t); i++) {
                seats.add(t);
            }
        });
        Collections.shuffle(seats, new Random(shuffleSeed));
        Map<Officer, Integer> load = new HashMap<>();
        Map<InspectionTask, List<Officer>> assignment = new LinkedHashMap<>();
        part.tasks().forEach(t -> assignment.put(t, new ArrayList<>()));
        for (InspectionTask t : seats) {
            List<Officer> team = assignment.get(t);
            Officer best = null;
            for (Officer o : part.candidates().get(t)) {
                int l = load.getOrDefault(o, 0);
                if (team.contains(o) || l >= part.freeCapacity().getOrDefault(o, 0)) {
                    continue;
                }
                if (best == null || l < load.getOrDefault(best, 0)
                        || (l == load.getOrDefault(best, 0) && t.preference(o) < t.preference(best))) {
                    best = o;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            team.add(best);
            load.merge(best, 1, Integer::sum);
        }
        balance(part, assignment, load);
        assignment.values().forEach(team -> team.sort(Comparator.comparingLong(Officer::getId)));
        return Optional.of(assignment);
    }

    /**
     * Moves single visits from an officer to an allowed one with at least two fewer, until no such move is left:
     * each move lowers Σ load², so it ends, and in a pool of interchangeable officers loads then differ by at most
     * one. Deterministic: tasks and candidates are visited in their fixed order.
     */
    private static void balance(Part part, Map<InspectionTask, List<Officer>> assignment, Map<Officer, Integer> load) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (InspectionTask t : part.tasks()) {
                List<Officer> team = assignment.get(t);
                for (int i = 0; i < team.size(); i++) {
                    Officer from = team.get(i);
                    Officer to = null;
                    for (Officer o : part.candidates().get(t)) {
                        int l = load.getOrDefault(o, 0);
                        if (!team.contains(o) && l + 2 <= load.get(from) && l < part.freeCapacity().getOrDefault(o, 0)
                                && (to == null || l < load.getOrDefault(to, 0))) {
                            to = o;
                        }
                    }
                    if (to != null) {
                        team.set(i, to);
                        load.merge(from, -1, Integer::sum);
                        load.merge(to, 1, Integer::sum);
                        moved = true;
                    }
                }
            }
        }
    }

    /**
     * The lawful assignment of least cost, by a min-cost flow: an officer's k-th visit costs (2k - 1) · BIG, so the
     * total is BIG · Σ load² (an even workload comes first), plus the seeded random preference of each chosen
     * pair (so the draw's seed, not an ordering, decides among equally even assignments).
     */
    static Map<InspectionTask, List<Officer>> cheapestAssignment(Part part, long shuffleSeed) {
        // The arc order decides between exactly equal costs; it is shuffled by the draw's seed, not by ids.
        List<Officer> officers = officersOf(part);
        Collections.shuffle(officers, new Random(shuffleSeed));
        int demand = part.openSeats().values().stream().mapToInt(Integer::intValue).sum();
        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<Integer, Integer> supply = new HashMap<>();
        double big = 1024.0 * demand + 1;
        int sink = 0;
        graph.addVertex(sink);
        supply.put(sink, -demand);
        Map<Officer, Integer> officerVertex = new HashMap<>();
        for (Officer o : officers) {
            int v = 1 + officerVertex.size();
            officerVertex.put(o, v);
            graph.addVertex(v);
            int free = part.freeCapacity().getOrDefault(o, 0);
            for (int k = 1; k <= free; k++) {
                DefaultWeightedEdge e = graph.addEdge(v, sink);
                graph.setEdgeWeight(e, (2 * k - 1) * big);
                capacity.put(e, 1);
            }
        }
        int vertex = 1 + officers.size();
        Map<DefaultWeightedEdge, InspectionTask> taskOf = new LinkedHashMap<>();
        Map<DefaultWeightedEdge, Officer> officerOf = new HashMap<>();
        for (InspectionTask t : part.tasks()) {
            graph.addVertex(vertex);
            supply.put(vertex, part.openSeats().get(t));
            for (Officer o : part.candidates().get(t)) {
                DefaultWeightedEdge e = graph.addEdge(vertex, officerVertex.get(o));
                graph.setEdgeWeight(e, t.preference(o));
                capacity.put(e, 1);
                taskOf.put(e, t);
                officerOf.put(e, o);
            }
            vertex++;
        }
        Map<DefaultWeightedEdge, Double> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        v -> supply.getOrDefault(v, 0), capacity::get)).getFlowMap();
        Map<InspectionTask, List<Officer>> assignment = new LinkedHashMap<>();
        part.tasks().forEach(t -> assignment.put(t, new ArrayList<>()));
        taskOf.forEach((e, t) -> {
            if (flow.get(e) > 0.5) {
                assignment.get(t).add(officerOf.get(e));
            }
        });
        assignment.values().forEach(team -> team.sort(Comparator.comparingLong(Officer::getId)));
        return assignment;
    }

    private static List<Shortage> shortages(Part part, Map<InspectionTask, Integer> taskVertex, Set<Integer> sourceSide) {
        Map<String, List<InspectionTask>> groups = new TreeMap<>();
        taskVertex.forEach((task, v) -> {
            if (sourceSide.contains(v)) {
                groups.computeIfAbsent(task.getArea() + "\u0000" + task.getCategory(), k -> new ArrayList<>()).add(task);
            }
        });
        List<Shortage> out = new ArrayList<>();
        groups.values().forEach(tasks -> {
            int needed = tasks.stream().mapToInt(part.openSeats()::get).sum();
            Map<Officer, Integer> reach = new HashMap<>();
            tasks.forEach(t -> part.candidates().get(t).forEach(o -> reach.merge(o, 1, Integer::sum)));
            // An officer can take at most one seat per inspection and at most the remaining cap.
            int capacity = reach.entrySet().stream()
                    .mapToInt(e -> Math.min(e.getValue(), part.freeCapacity().getOrDefault(e.getKey(), 0))).sum();
            InspectionTask first = tasks.get(0);
            out.add(new Shortage(first.getArea(), first.getCategory(), needed, reach.size(), capacity));
        });
        return out;
    }
}
