package cn.zhifa.planner.solver;

import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * Independent references for the production flows, computed with JGraphT on the same network
 * (inspection → officer → sink with convex arc costs 1, 3, 5, … so that the cost is Σ load²).
 */
final class ReferenceFlows {

    private ReferenceFlows() {
    }

    /** The least Σ load² of a lawful assignment of the part's open seats (JGraphT capacity scaling). */
    static long leastSumOfSquares(FlowCheck.Part part) {
        return leastCost(part, 1, false);
    }

    /**
     * The least {@code big} · Σ load² (+ Σ seeded preference of the chosen pairs, if {@code preferences}) of a lawful
     * assignment (JGraphT capacity scaling).
     */
    static long leastCost(FlowCheck.Part part, long big, boolean preferences) {
        Network n = network(part, true, big, preferences);
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> p = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                n.graph, v -> n.supply.getOrDefault(v, 0), n.capacity::get);
        return Math.round(new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(p)
                .getCost());
    }

    /** How many open seats can be filled lawfully at most (JGraphT push-relabel). */
    static long maximumFlow(FlowCheck.Part part) {
        Network n = network(part, false, 1, false);
        int source = n.graph.vertexSet().size();
        n.graph.addVertex(source);
        n.supply.forEach((v, s) -> {
            if (s > 0) {
                n.graph.setEdgeWeight(n.graph.addEdge(source, v), s);
            }
        });
        return Math.round(new PushRelabelMFImpl<>(n.graph).getMaximumFlow(source, 0).getValue());
    }

    private record Network(Graph<Integer, DefaultWeightedEdge> graph, Map<Integer, Integer> supply,
                           Map<DefaultWeightedEdge, Integer> capacity) {
    }

    private static Network network(FlowCheck.Part part, boolean convex, long big, boolean preferences) {
        Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        Map<Integer, Integer> supply = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        int sink = 0;
        g.addVertex(sink);
        Map<Officer, Integer> vertexOf = new HashMap<>();
        int next = 1;
        int demand = 0;
        for (InspectionTask t : part.tasks()) {
            int tv = next++;
            g.addVertex(tv);
            supply.put(tv, part.openSeats().get(t));
            demand += part.openSeats().get(t);
            for (Officer o : part.candidates().get(t)) {
                Integer ov = vertexOf.get(o);
                if (ov == null) {
                    ov = next++;
                    vertexOf.put(o, ov);
                    g.addVertex(ov);
                    int free = part.freeCapacity().get(o);
                    if (convex) {
                        for (int k = 1; k <= free; k++) {
                            DefaultWeightedEdge e = g.addEdge(ov, sink);
                            g.setEdgeWeight(e, (2.0 * k - 1) * big);
                            capacity.put(e, 1);
                        }
                    } else {
                        g.setEdgeWeight(g.addEdge(ov, sink), free);
                    }
                }
                DefaultWeightedEdge e = g.addEdge(tv, ov);
                g.setEdgeWeight(e, !convex ? 1 : preferences ? t.preference(o) : 0);
                capacity.put(e, 1);
            }
        }
        supply.put(sink, -demand);
        return new Network(g, supply, capacity);
    }
}
