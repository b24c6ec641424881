package cn.zhifa.planner.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a draw can ask of each area before its seed is known (at seal): a stratum of N targets draws n of them
 * ({@link SamplingRules#drawCount}), so of its k targets in an area it takes at least {@code max(0, n - (N - k))}
 * (the pigeonhole) and at most {@code min(n, k)}; an area's bounds are the sums over the strata.
 *
 * @param total the number of targets every draw of the plan takes
 * @param areas per area code of the targets, in code order
 */
public record DrawDemand(int total, Map<String, Bounds> areas) {

    /** The fewest and the most targets of one area a draw can take. */
    public record Bounds(int least, int most) {
    }

    public static DrawDemand of(SamplingRules rules, List<DrawTarget> targets, Function<DrawTarget, String> areaOf) {
        Map<RiskLevel, Map<CreditLevel, List<DrawTarget>>> strata = new EnumMap<>(RiskLevel.class);
        for (DrawTarget t : targets) {
            strata.computeIfAbsent(t.riskLevel(), r -> new EnumMap<>(CreditLevel.class))
                    .computeIfAbsent(t.creditLevel(), c -> new ArrayList<>()).add(t);
        }
        int total = 0;
        Map<String, int[]> bounds = new TreeMap<>();
        for (Map.Entry<RiskLevel, Map<CreditLevel, List<DrawTarget>>> risk : strata.entrySet()) {
            for (Map.Entry<CreditLevel, List<DrawTarget>> stratum : risk.getValue().entrySet()) {
                int size = stratum.getValue().size();
                int drawn = rules.drawCount(risk.getKey(), stratum.getKey(), size);
                total += drawn;
                Map<String, Integer> inArea = new HashMap<>();
                stratum.getValue().forEach(t -> inArea.merge(areaOf.apply(t), 1, Integer::sum));
                inArea.forEach((area, k) -> {
                    int[] b = bounds.computeIfAbsent(area, a -> new int[2]);
                    b[0] += Math.max(0, drawn - (size - k));
                    b[1] += Math.min(drawn, k);
                });
            }
        }
        Map<String, Bounds> out = new TreeMap<>();
        bounds.forEach((area, b) -> out.put(area, new Bounds(b[0], b[1])));
        return new DrawDemand(total, out);
    }
}
