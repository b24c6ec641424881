package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * An exact min-cost flow over the same network gives the starting assignment of the local search: lawful, with the
 * most even workload (least Σ load²), and random among the equally even ones; it decides feasibility as well (it is
 * empty exactly when the maximum flow falls short), so a draw asks {@link #check} only to name the shortages of a part
 * it found infeasible, and the seal, which needs no assignment, asks it alone. Both flows are OR-tools' native
 * solvers: deterministic (the same network gives the same flow) and milliseconds per part.
 */
final class FlowCheck {

    /**
     * A part of the problem to check: tasks with open seats, their candidates and the officers' free capacity; the
     * tasks of a joint plan with their open seats in {@code groups} (empty for a plan of one matter).
     */
    record Part(List<InspectionTask> tasks, Map<InspectionTask, Integer> openSeats,
                Map<InspectionTask, List<Officer>> candidates, Map<Officer, Integer> freeCapacity,
                Map<InspectionTask, List<Group>> groups) {

        Part(List<InspectionTask> tasks, Map<InspectionTask, Integer> openSeats,
             Map<InspectionTask, List<Officer>> candidates, Map<Officer, Integer> freeCapacity) {
            this(tasks, openSeats, candidates, freeCapacity, Map.of());
        }
    }

    /**
     * Open seats of a joint inspection that the same officers may take: one matter's seat ({@code matter}) or the
     * other seats ({@code matter} null), with their candidates.
     */
    record Group(MatterSeat matter, int open, List<Officer> candidates) {
    }

    /** A seat of a starting assignment: its officer and, for a matter's seat, the matter. */
    record Pick(Officer officer, MatterSeat matter) {
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
        if (!part.groups().isEmpty()) {
            return checkGroups(part);
        }
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
    static Map<InspectionTask, List<Pick>> cheapestAssignment(Part part, long shuffleSeed) {
        return start(part, shuffleSeed).orElseThrow(() -> new IllegalStateException("no lawful assignment"));
    }

    /**
     * {@link #cheapestAssignment}, or empty when the part is infeasible: the min-cost flow decides feasibility on its
     * own (OR-tools runs a maximum flow over the same network before it minimises the cost), so a draw needs
     * {@link #check} only to name the shortages of a part found infeasible.
     */
    static Optional<Map<InspectionTask, List<Pick>>> start(Part part, long shuffleSeed) {
        if (!part.groups().isEmpty()) {
            return cheapestGroupAssignment(part, shuffleSeed);
        }
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
            if (!solved(flow)) {
                return Optional.empty();
            }
            Map<InspectionTask, List<Officer>> assignment = new LinkedHashMap<>();
            part.tasks().forEach(t -> assignment.put(t, new ArrayList<>()));
            for (int i = 0; i < arcs.size(); i++) {
                if (flow.getFlow(arcs.get(i)) > 0) {
                    assignment.get(taskOfArc.get(i)).add(officerOfArc.get(i));
                }
            }
            Map<InspectionTask, List<Pick>> picks = new LinkedHashMap<>();
            assignment.forEach((t, team) -> picks.put(t, team.stream()
                    .sorted(Comparator.comparingLong(Officer::getId)).map(o -> new Pick(o, null)).toList()));
            return Optional.of(picks);
        } finally {
            flow.delete();
        }
    }

    /**
     * The network of a joint part: source → group (its open seats) → (inspection, officer) (1 per admitted officer)
     * → officer (1: a person sits once per team) → sink (free capacity). Node numbers: source, sink, officers, then
     * per inspection its groups and its (inspection, officer) nodes, in task order. An inspection whose open matter
     * seats have disjoint candidates (matters of different agencies: an officer belongs to one) needs no
     * (inspection, officer) nodes: its other seats flow through the matter nodes (other seats → matter, capacity their
     * number) or straight to the officers no matter seat admits, so every officer has one way in and sits once.
     */
    private static final class GroupNetwork {
        final List<Officer> officers;
        final Map<Officer, Integer> officerNode;
        /** The arcs in the order they were added (their index is their number): tail, head, capacity, cost. */
        int arcCount;
        int[] tails = new int[1024];
        int[] heads = new int[1024];
        int[] capacities = new int[1024];
        long[] costs = new long[1024];
        /** Per arc number, for an arc group → (inspection, officer) or group → officer: the seat it stands for. */
        SeatArc[] seatArcs = new SeatArc[1024];
        /** Per group node: the inspection and the group. */
        final Map<Integer, GroupNode> groupOf = new LinkedHashMap<>();
        final Map<Integer, Integer> supply = new LinkedHashMap<>();
        int nodes;
        private final int firstOfficerNode;
        /** Per officer (node − first officer node): the last inspection whose matter seats count it a candidate. */
        private final int[] markOf;
        private int mark;

        GroupNetwork(Part part, List<Officer> officers, int firstOfficerNode, boolean withSource) {
            this.officers = officers;
            this.officerNode = nodes(officers, firstOfficerNode);
            this.firstOfficerNode = firstOfficerNode;
            this.markOf = new int[officers.size()];
            int source = 0;
            int sink = firstOfficerNode - 1;
            nodes = firstOfficerNode + officers.size();
            for (Officer o : officers) {
                arc(officerNode.get(o), sink, part.freeCapacity().getOrDefault(o, 0), 0);
            }
            for (InspectionTask t : part.tasks()) {
                List<Group> groups = part.groups().get(t);
                if (disjointMatterSeats(groups)) {
                    compact(t, groups, source, withSource);
                    continue;
                }
                Map<Officer, Integer> pairNode = new LinkedHashMap<>();
                int[] firstGroup = new int[groups.size()];
                for (int g = 0; g < groups.size(); g++) {
                    int node = nodes++;
                    firstGroup[g] = node;
                    groupOf.put(node, new GroupNode(t, groups.get(g)));
                    if (withSource) {
                        arc(source, node, groups.get(g).open(), 0);
                    } else {
                        supply.put(node, groups.get(g).open());
                    }
                }
                for (int g = 0; g < groups.size(); g++) {
                    for (Officer o : groups.get(g).candidates()) {
                        Integer pair = pairNode.get(o);
                        if (pair == null) {
                            pair = nodes++;
                            pairNode.put(o, pair);
                            arc(pair, officerNode.get(o), 1, t.preference(o));
                        }
                        seat(arc(firstGroup[g], pair, 1, 0), new SeatArc(t, groups.get(g), o));
                    }
                }
            }
        }

        /**
         * Whether no officer is a candidate of two open matter seats of one inspection; leaves the candidates of its
         * matter seats marked ({@link #marked}) for {@link #compact}.
         */
        private boolean disjointMatterSeats(List<Group> groups) {
            mark++;
            for (Group g : groups) {
                if (g.matter() != null) {
                    for (Officer o : g.candidates()) {
                        int i = officerNode.get(o) - firstOfficerNode;
                        if (markOf[i] == mark) {
                            return false;
                        }
                        markOf[i] = mark;
                    }
                }
            }
            return true;
        }

        /** Whether the node's officer is a candidate of a matter seat of the inspection last checked as disjoint. */
        private boolean marked(int officerNode) {
            return markOf[officerNode - firstOfficerNode] == mark;
        }

        /** The inspection's groups without (inspection, officer) nodes ({@link #disjointMatterSeats}). */
        private void compact(InspectionTask t, List<Group> groups, int source, boolean withSource) {
            int first = nodes;
            int other = -1;
            for (int g = 0; g < groups.size(); g++) {
                int node = nodes++;
                groupOf.put(node, new GroupNode(t, groups.get(g)));
                if (withSource) {
                    arc(source, node, groups.get(g).open(), 0);
                } else {
                    supply.put(node, groups.get(g).open());
                }
                if (groups.get(g).matter() == null && other < 0) {
                    other = g;
                }
            }
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                if (group.matter() != null) {
                    if (other >= 0) {
                        arc(first + other, first + g, groups.get(other).open(), 0);
                    }
                    for (Officer o : group.candidates()) {
                        seat(arc(first + g, officerNode.get(o), 1, t.preference(o)), new SeatArc(t, group, o));
                    }
                }
            }
            if (other >= 0) {
                // the other seats reach the officers no matter seat admits directly, the rest through the matter nodes
                for (Officer o : groups.get(other).candidates()) {
                    int to = officerNode.get(o);
                    if (!marked(to)) {
                        seat(arc(first + other, to, 1, t.preference(o)), new SeatArc(t, groups.get(other), o));
                    }
                }
            }
        }

        private int arc(int from, int to, int capacity, long cost) {
            if (arcCount == tails.length) {
                int grown = tails.length * 2;
                tails = Arrays.copyOf(tails, grown);
                seatArcs = Arrays.copyOf(seatArcs, grown);
                heads = Arrays.copyOf(heads, grown);
                capacities = Arrays.copyOf(capacities, grown);
                costs = Arrays.copyOf(costs, grown);
            }
            tails[arcCount] = from;
            heads[arcCount] = to;
            capacities[arcCount] = capacity;
            costs[arcCount] = cost;
            return arcCount++;
        }

        /** Marks {@code arc} as standing for a seat. */
        private void seat(int arc, SeatArc seat) {
            seatArcs[arc] = seat;
        }
    }

    private record GroupNode(InspectionTask task, Group group) {

        String category() {
            return group.matter() == null ? task.getCategory() : group.matter().getCategory();
        }

        String agencyCode() {
            return group.matter() == null ? null : group.matter().getAgencyCode();
        }
    }

    private record SeatArc(InspectionTask task, Group group, Officer officer) {
    }

    private static Result checkGroups(Part part) {
        GroupNetwork net = new GroupNetwork(part, officersOf(part), 2, true);
        MaxFlow maxFlow = new MaxFlow();
        try {
            for (int i = 0; i < net.arcCount; i++) {
                maxFlow.addArcWithCapacity(net.tails[i], net.heads[i], net.capacities[i]);
            }
            long demand = part.openSeats().values().stream().mapToLong(Integer::longValue).sum();
            MaxFlow.Status status = maxFlow.solve(0, 1);
            if (status != MaxFlow.Status.OPTIMAL) {
                throw new IllegalStateException("max flow failed: " + status);
            }
            return new Result(maxFlow.getOptimalFlow() < demand ? diagnoseGroups(part, net) : List.of());
        } finally {
            maxFlow.delete();
        }
    }

    /**
     * The shortages of an infeasible joint part: the groups on the source side of a minimum cut, per area, category
     * and agency (a matter's seats by the matter's, the other seats by the inspection's lead category).
     */
    private static List<Shortage> diagnoseGroups(Part part, GroupNetwork net) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < net.nodes; v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < net.arcCount; i++) {
            graph.setEdgeWeight(graph.addEdge(net.tails[i], net.heads[i]), net.capacities[i]);
        }
        PushRelabelMFImpl<Integer, DefaultWeightedEdge> algorithm = new PushRelabelMFImpl<>(graph);
        algorithm.calculateMinCut(0, 1);
        Set<Integer> sourceSide = algorithm.getSourcePartition();
        Map<String, List<GroupNode>> byKey = new TreeMap<>();
        net.groupOf.forEach((node, g) -> {
            if (sourceSide.contains(node)) {
                byKey.computeIfAbsent(g.task().getArea() + "\u0000" + g.category() + "\u0000"
                        + (g.agencyCode() == null ? "" : g.agencyCode()), k -> new ArrayList<>()).add(g);
            }
        });
        List<Shortage> out = new ArrayList<>();
        byKey.values().forEach(groups -> {
            int needed = groups.stream().mapToInt(g -> g.group().open()).sum();
            Map<Officer, Integer> reach = new HashMap<>();
            groups.forEach(g -> g.group().candidates().forEach(o -> reach.merge(o, 1, Integer::sum)));
            int capacity = reach.entrySet().stream()
                    .mapToInt(e -> Math.min(e.getValue(), part.freeCapacity().getOrDefault(e.getKey(), 0))).sum();
            GroupNode first = groups.get(0);
            out.add(new Shortage(first.task().getArea(), first.category(), needed, reach.size(), capacity,
                    first.agencyCode()));
        });
        return out;
    }

    /**
     * The cheapest lawful assignment of a joint part, as {@link #cheapestAssignment} on the network of groups: the
     * preference sits on the arc (inspection, officer) → officer, the load costs on officer → sink.
     */
    private static Optional<Map<InspectionTask, List<Pick>>> cheapestGroupAssignment(Part part, long shuffleSeed) {
        List<Officer> officers = officersOf(part);
        Collections.shuffle(officers, new Random(shuffleSeed));
        int demand = part.openSeats().values().stream().mapToInt(Integer::intValue).sum();
        long big = 1024L * demand + 1;
        Part unit = new Part(part.tasks(), part.openSeats(), part.candidates(), Map.of(), part.groups());
        GroupNetwork net = new GroupNetwork(unit, officers, 1, false);
        MinCostFlow flow = new MinCostFlow();
        try {
            flow.setNodeSupply(0, -demand);
            for (Officer o : officers) {
                int free = part.freeCapacity().getOrDefault(o, 0);
                for (int k = 1; k <= free; k++) {
                    flow.addArcWithCapacityAndUnitCost(net.officerNode.get(o), 0, 1, (2L * k - 1) * big);
                }
            }
            net.supply.forEach(flow::setNodeSupply);
            int[] arcIds = new int[net.arcCount];
            for (int i = 0; i < net.arcCount; i++) {
                if (net.heads[i] == 0) {
                    continue; // officer → sink: the load arcs above stand for it
                }
                arcIds[i] = flow.addArcWithCapacityAndUnitCost(net.tails[i], net.heads[i], net.capacities[i],
                        net.costs[i]);
            }
            if (!solved(flow)) {
                return Optional.empty();
            }
            // A matter node may pass on other seats too: the first of its officers (by id) takes the matter's seat.
            Map<InspectionTask, List<Pick>> assignment = new LinkedHashMap<>();
            part.tasks().forEach(t -> assignment.put(t, new ArrayList<>()));
            Set<List<Object>> matterTaken = new HashSet<>();
            List<SeatArc> used = new ArrayList<>();
            for (int i = 0; i < net.arcCount; i++) {
                if (net.seatArcs[i] != null && flow.getFlow(arcIds[i]) > 0) {
                    used.add(net.seatArcs[i]);
                }
            }
            used.stream().sorted(Comparator.comparingLong(seat -> seat.officer().getId()))
                    .forEach(seat -> {
                        MatterSeat matter = seat.group().matter();
                        boolean takes = matter != null && matterTaken.add(List.of(seat.task(), matter));
                        assignment.get(seat.task()).add(new Pick(seat.officer(), takes ? matter : null));
                    });
            assignment.values().forEach(team -> team.sort(Comparator.comparingLong(p -> p.officer().getId())));
            return Optional.of(assignment);
        } finally {
            flow.delete();
        }
    }

    /** Whether the min-cost flow found the cheapest flow (false: no flow meets every supply). */
    private static boolean solved(MinCostFlow flow) {
        MinCostFlowBase.Status status = flow.solve();
        if (status == MinCostFlowBase.Status.INFEASIBLE) {
            return false;
        }
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow failed: " + status);
        }
        return true;
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
