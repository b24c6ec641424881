package cn.zhifa.planner.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The target draw (随机抽取检查对象), exactly as the public contract states it so that anyone can recompute it:
 * {@code seed = sha256hex(serverSeed + ":" + externalEntropy)}; strata are (riskLevel, creditLevel); a stratum
 * of N targets draws {@code ceil(min(1, ratio × multiplier) × N)} targets, those with the lowest
 * {@code sha256hex(seed + ":" + creditCode)}.
 */
public final class TargetDraw {

    private TargetDraw() {
    }

    /** One stratum's figures: how many were eligible, the effective ratio and which were drawn. */
    public record Stratum(RiskLevel riskLevel, CreditLevel creditLevel, int eligible, BigDecimal ratio,
                          List<String> drawnCreditCodes) {
    }

    /** The outcome: the derived seed, the strata in level order and every drawn code sorted ascending. */
    public record Result(String seed, List<Stratum> strata, List<String> drawnCreditCodes) {
    }

    public static String seed(String serverSeed, String externalEntropy) {
        return Sha256.hex(serverSeed + ":" + (externalEntropy == null ? "" : externalEntropy));
    }

    public static String rank(String seed, String creditCode) {
        return Sha256.hex(seed + ":" + creditCode);
    }

    public static Result draw(String serverSeed, String externalEntropy, SamplingRules rules, List<DrawTarget> targets) {
        String seed = seed(serverSeed, externalEntropy);
        Map<RiskLevel, Map<CreditLevel, List<DrawTarget>>> strata = new EnumMap<>(RiskLevel.class);
        for (DrawTarget t : targets) {
            strata.computeIfAbsent(t.riskLevel(), r -> new EnumMap<>(CreditLevel.class))
                    .computeIfAbsent(t.creditLevel(), c -> new ArrayList<>()).add(t);
        }
        List<Stratum> out = new ArrayList<>();
        List<String> all = new ArrayList<>();
        strata.forEach((risk, byCredit) -> byCredit.forEach((credit, members) -> {
            int n = rules.drawCount(risk, credit, members.size());
            // Ties between ranks would need a SHA-256 collision; the code order only makes the sort total.
            List<String> drawn = members.stream()
                    .map(t -> new String[] {rank(seed, t.creditCode()), t.creditCode()})
                    .sorted(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]))
                    .limit(n)
                    .map(a -> a[1])
                    .sorted()
                    .toList();
            out.add(new Stratum(risk, credit, members.size(), rules.effectiveRatio(risk, credit), drawn));
            all.addAll(drawn);
        }));
        all.sort(null);
        return new Result(seed, List.copyOf(out), List.copyOf(all));
    }
}
