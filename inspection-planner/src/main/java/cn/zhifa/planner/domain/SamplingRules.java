package cn.zhifa.planner.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 抽查比例 per risk level and 信用系数 per credit level (差异化分类监管). Both are decimals with at most four
 * places; the effective ratio of a stratum is {@code min(1, ratio × multiplier)} in exact decimal arithmetic.
 */
public record SamplingRules(Map<RiskLevel, BigDecimal> ratios, Map<CreditLevel, BigDecimal> creditMultipliers) {

    static final int MAX_SCALE = 4;
    private static final BigDecimal MAX_MULTIPLIER = new BigDecimal(100);

    public SamplingRules {
        ratios = ratios == null ? Map.of() : Map.copyOf(ratios);
        creditMultipliers = creditMultipliers == null ? Map.of() : Map.copyOf(creditMultipliers);
    }

    /** A missing risk level draws nothing; a missing multiplier is 1. */
    public BigDecimal effectiveRatio(RiskLevel risk, CreditLevel credit) {
        BigDecimal ratio = ratios.getOrDefault(risk, BigDecimal.ZERO);
        BigDecimal product = ratio.multiply(creditMultipliers.getOrDefault(credit, BigDecimal.ONE));
        return product.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : product;
    }

    /** {@code n = ceil(r × N)}, exact: 0.1 × 30 is 3. */
    public int drawCount(RiskLevel risk, CreditLevel credit, int eligible) {
        return effectiveRatio(risk, credit).multiply(BigDecimal.valueOf(eligible))
                .setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** Every broken rule: ratios in [0, 1], multipliers in [0, 100], at most four decimal places. */
    public List<RuleViolation> violations() {
        List<RuleViolation> out = new ArrayList<>();
        ratios.forEach((risk, r) -> check(out, "ratios." + risk, r, BigDecimal.ONE));
        creditMultipliers.forEach((credit, m) -> check(out, "creditMultipliers." + credit, m, MAX_MULTIPLIER));
        return out;
    }

    private static void check(List<RuleViolation> out, String field, BigDecimal v, BigDecimal max) {
        if (v == null || v.signum() < 0 || v.compareTo(max) > 0) {
            out.add(new RuleViolation(field, "PLAN_RATIO_RANGE", max));
        } else if (v.stripTrailingZeros().scale() > MAX_SCALE) {
            out.add(new RuleViolation(field, "PLAN_RATIO_SCALE", MAX_SCALE));
        }
    }
}
