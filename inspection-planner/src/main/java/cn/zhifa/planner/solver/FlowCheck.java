package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.google.ortools.Loader;
import com.google.ortools.graph.MaxFlow;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Feasibility before solving, as a maximum flow: source → inspection (its open seats) → officer (1: a person sits
 * once in a team; only allowed pairs) → sink (the officer's remaining cap). Every seat can be filled lawfully
 * exactly when the maximum flow equals the number of open seats; otherwise a minimum cut names the inspections
 * whose demand exceeds what their officers can give (Hall's condition), reported per area and category.
 * When feasible, an exact min-cost flow over the same network gives the starting assignment of the local search:
 * lawful, with the most even workload (least Σ load²), and random among the equally even ones. Both flows are
 * OR-tools' native solvers: deterministic (the same network gives the same flow) and milliseconds per part.
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

    /** Loads OR-tools' native libraries (once per process; later calls return at once). */
    static void loadNativeLibraries() {
        Loader.loadNativeLibraries();
    }

    /**
     * Decides feasibility by maximum flow (OR-tools' push-relabel); an infeasible part comes with its shortages,
     * read from a minimum cut (JGraphT's push-relabel, only on this rare path).
     */
    static Result check(Part part) {
        List<Officer> officers = officersOf(part);
        Map<Officer, Integer> officerNode = nodes(officers, 2);
        int source = 0;
        int sink = 1;
        MaxFlow maxFlow = new MaxFlow();
        try {
            for (Officer o : officers) {
                maxFlow.addArcWithCapacity(officerNode.get(o), sink, part.freeCapacity().getOrDefault(o, 0));
            }
            int node = 2 + officers.size();
            long demand = 0;
            for (InspectionTask t : part.tasks()) {
                int open = part.openSeats().get(t);
                demand += open;
                maxFlow.addArcWithCapacity(source, node, open);
                for (Officer o : part.candidates().get(t)) {
                    maxFlow.addArcWithCapacity(node, officerNode.get(o), 1);
                }
                node++;
            }
            MaxFlow.Status status = maxFlow.solve(source, sink);
            if (status != MaxFlow.Status.OPTIMAL) {
                throw new IllegalStateException("max flow failed: " + status);
            }
            return new Result(maxFlow.getOptimalFlow() < demand ? diagnose(part, officers) : List.of());
        } finally {
            maxFlow.delete();
        }
    }

    /** The shortages of an infeasible part: the inspections on the source side of a minimum cut. */
    private static List<Shortage> diagnose(Part part, List<Officer> officers) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int source = 0;
        int sink = 1;
        graph.addVertex(source);
        graph.addVertex(sink);
        Map<Officer, Integer> officerVertex = nodes(officers, 2);
        for (Officer o : officers) {
            graph.addVertex(officerVertex.get(o));
            graph.setEdgeWeight(graph.addEdge(officerVertex.get(o), sink), part.freeCapacity().getOrDefault(o, 0));
        }
        int vertex = 2 + officers.size();
        Map<InspectionTask, Integer> taskVertex = new LinkedHashMap<>();
        for (InspectionTask t : part.tasks()) {
            graph.addVertex(vertex);
            taskVertex.put(t, vertex);
            graph.setEdgeWeight(graph.addEdge(source, vertex), part.openSeats().get(t));
            for (Officer o : part.candidates().get(t)) {
                graph.setEdgeWeight(graph.addEdge(vertex, officerVertex.get(o)), 1);
            }
            vertex++;
        }
        PushRelabelMFImpl<Integer, DefaultWeightedEdge> algorithm = new PushRelabelMFImpl<>(graph);
        algorithm.calculateMinCut(source, sink);
        return shortages(part, taskVertex, algorithm.getSourcePartition());
    }

    private static List<Officer> officersOf(Part part) {
        Set<Officer> officerSet = new LinkedHashSet<>();
        part.tasks().forEach(t -> officerSet.addAll(part.candidates().get(t)));
        List<Officer> officers = new ArrayList<>(officerSet);
        officers.sort(Comparator.comparingLong(Officer::getId));
        return officers;
    }

    private static Map<Officer, Integer> nodes(List<Officer> officers, int first) {
        Map<Officer, Integer> node = new HashMap<>();
        for (Officer o : officers) {
            node.put(o, first + node.size());
        }
        return node;
    }

    /**
     * The lawful assignment of least cost, by an exact min-cost flow (OR-tools): an officer's k-th visit costs
     * (2k - 1) · BIG, so the total is BIG · Σ load² (an even workload comes first; in a pool of interchangeable
     * officers loads then differ by at most one), plus the seeded random preference of each chosen pair (so the
     * draw's seed, not an ordering, decides among equally even assignments). BIG exceeds the largest possible sum
     * of preferences, so the order of the two aims is exact.
     */
    static Map<InspectionTask, List<Officer>> cheapestAssignment(Part part, long shuffleSeed) {
        // Node numbers decide between exactly equal costs; they are shuffled by the draw's seed, not by ids.
        List<Officer> officers = officersOf(part);
        Collections.shuffle(officers, new Random(shuffleSeed));
        Map<Officer, Integer> officerNode = nodes(officers, 1);
        int demand = part.openSeats().values().stream().mapToInt(Integer::intValue).sum();
        long big = 1024L * demand + 1;
        int sink = 0;
        MinCostFlow flow = new MinCostFlow();
        try {
            flow.setNodeSupply(sink, -demand);
            for (Officer o : officers) {
                int free = part.freeCapacity().getOrDefault(o, 0);
                for (int k = 1; k <= free; k++) {
                    flow.addArcWithCapacityAndUnitCost(officerNode.get(o), sink, 1, (2L * k - 1) * big);
                }
            }
            int node = 1 + officers.size();
            List<Integer> arcs = new ArrayList<>();
            List<InspectionTask> taskOfArc = new ArrayList<>();
            List<Officer> officerOfArc = new ArrayList<>();
            for (InspectionTask t : part.tasks()) {
                flow.setNodeSupply(node, part.openSeats().get(t));
                for (Officer o : part.candidates().get(t)) {
                    arcs.add(flow.addArcWithCapacityAndUnitCost(node, officerNode.get(o), 1, t.preference(o)));
                    taskOfArc.add(t);
                    officerOfArc.add(o);
                }
                node++;
            }
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow failed: " + status);
            }
            Map<InspectionTask, List<Officer>> assignment = new LinkedHashMap<>();
            part.tasks().forEach(t -> assignment.put(t, new ArrayList<>()));
            for (int i = 0; i < arcs.size(); i++) {
                if (flow.getFlow(arcs.get(i)) > 0) {
                    assignment.get(taskOfArc.get(i)).add(officerOfArc.get(i));
                }
            }
            assignment.values().forEach(team -> team.sort(Comparator.comparingLong(Officer::getId)));
            return assignment;
        } finally {
            flow.delete();
        }
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
