package cn.zhifa.planner.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed vectors: every hash below was computed with {@code printf '%s' ... | sha256sum}. */
class TargetDrawTest {

    static final String SERVER_SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    static final String ENTROPY = "上证指数20261123";
    static final List<DrawTarget> TARGETS = List.of(
            new DrawTarget("91500115AY4CL12TH6", RiskLevel.HIGH, CreditLevel.A),   // rank 40db8d1b…
            new DrawTarget("915001153BJ1XG612A", RiskLevel.HIGH, CreditLevel.A),   // rank 08d74f93…
            new DrawTarget("91500115DD272HD1TL", RiskLevel.HIGH, CreditLevel.A),   // rank 8d720a35…
            new DrawTarget("91500115J3Y7LLJY14", RiskLevel.HIGH, CreditLevel.A),   // rank ae8dbd04…
            new DrawTarget("91500115JJC171HU4N", RiskLevel.LOW, CreditLevel.C),    // rank 28387735…
            new DrawTarget("915001159D4H3J9HT6", RiskLevel.LOW, CreditLevel.C));   // rank b8f3b6da…

    static SamplingRules rules(String high, String low, String multiplierA, String multiplierC) {
        return new SamplingRules(
                Map.of(RiskLevel.HIGH, new BigDecimal(high), RiskLevel.LOW, new BigDecimal(low)),
                Map.of(CreditLevel.A, new BigDecimal(multiplierA), CreditLevel.C, new BigDecimal(multiplierC)));
    }

    @Test
    void seedIsTheHashOfServerSeedColonEntropy() {
        assertEquals("aaca2d36e44ac712ee0845226a6f25960d7a7382e9f32204de42f729f54c536a",
                TargetDraw.seed(SERVER_SEED, ENTROPY));
        assertEquals("234cb5d78f5c9bd46484a6a4a2ebeb5df40525d5a9d603544950dcd2a0919a13",
                TargetDraw.seed(SERVER_SEED, null), "no entropy is the empty string after the colon");
    }

    @Test
    void rankIsTheHashOfSeedColonCreditCode() {
        assertEquals("08d74f935c019cd823bd095c929d711e1efa30cc55f2a2141e3865d02d213f6d",
                TargetDraw.rank(TargetDraw.seed(SERVER_SEED, ENTROPY), "915001153BJ1XG612A"));
    }

    @Test
    void eachStratumTakesCeilOfRatioTimesSizeWithTheLowestRanks() {
        // HIGH/A: 0.5 × 0.5 = 0.25, × 4 = 1 → lowest rank 08d7… ; LOW/C: 0.3 × 1.5 = 0.45, × 2 = 0.9 → 1 → 2838…
        TargetDraw.Result r = TargetDraw.draw(SERVER_SEED, ENTROPY, rules("0.5", "0.3", "0.5", "1.5"), TARGETS);

        assertEquals(List.of("915001153BJ1XG612A", "91500115JJC171HU4N"), r.drawnCreditCodes());
        assertEquals(2, r.strata().size());
        assertEquals(new BigDecimal("0.250"), r.strata().get(1).ratio().setScale(3));
    }

    @Test
    void ratioAboveOneIsCappedAndZeroDrawsNone() {
        TargetDraw.Result r = TargetDraw.draw(SERVER_SEED, ENTROPY, rules("0.6", "0", "2", "1"), TARGETS);

        assertEquals(List.of("915001153BJ1XG612A", "91500115AY4CL12TH6", "91500115DD272HD1TL", "91500115J3Y7LLJY14"),
                r.drawnCreditCodes());
    }

    @Test
    void decimalArithmeticIsExact() {
        SamplingRules rules = new SamplingRules(Map.of(RiskLevel.LOW, new BigDecimal("0.1")), Map.of());
        assertEquals(3, rules.drawCount(RiskLevel.LOW, CreditLevel.B, 30), "0.1 × 30 is 3, not 4");
        SamplingRules third = new SamplingRules(Map.of(RiskLevel.LOW, new BigDecimal("0.3")),
                Map.of(CreditLevel.D, new BigDecimal("0.1")));
        assertEquals(3, third.drawCount(RiskLevel.LOW, CreditLevel.D, 100), "0.03 × 100 is 3");
        assertEquals(4, third.drawCount(RiskLevel.LOW, CreditLevel.D, 101));
        assertEquals(0, third.drawCount(RiskLevel.HIGH, CreditLevel.A, 50), "a missing ratio draws none");
    }

    @Test
    void rulesRejectFiveDecimalPlacesAndOutOfRangeValues() {
        SamplingRules bad = new SamplingRules(Map.of(RiskLevel.LOW, new BigDecimal("0.12345"),
                RiskLevel.HIGH, new BigDecimal("1.5")), Map.of(CreditLevel.A, new BigDecimal("-1")));
        List<String> codes = bad.violations().stream().map(v -> v.field() + ":" + v.code()).sorted().toList();
        assertEquals(List.of("creditMultipliers.A:PLAN_RATIO_RANGE", "ratios.HIGH:PLAN_RATIO_RANGE",
                "ratios.LOW:PLAN_RATIO_SCALE"), codes);
        assertTrue(rules("0.5", "0.1000", "1", "1.25").violations().isEmpty());
    }

    @Test
    void sealCommitsToSeedAndSnapshots() {
        Seal seal = Seal.of(SERVER_SEED, TARGETS, List.of("渝500115A0002", "渝500115A0001"));

        assertEquals("6c86c6aac5fb24bcf5d9939cb7d7d5645ce39418f449e03b262dd4fa14b4b92b", seal.commitment());
        assertEquals("f902fcc97390ea07d45280b5d86865e0381853e664eb7fc187a6a6466987b9d4", seal.targetsHash());
        assertEquals("74c65315f06534bc19d2243e5fd9ff7208b37bbfdb6d30f697feb44850b30d8d", seal.inspectorsHash());
        assertTrue(Seal.opens(seal.commitment(), SERVER_SEED));
    }

    @Test
    void freshSealsHaveDistinctSecretSeeds() {
        Seal a = Seal.create(TARGETS, List.of());
        Seal b = Seal.create(TARGETS, List.of());
        assertTrue(a.serverSeed().matches("[0-9a-f]{64}"));
        assertTrue(!a.serverSeed().equals(b.serverSeed()));
        assertEquals(a.targetsHash(), b.targetsHash());
    }

    @Test
    void divisionCodeCoversItsSubdivisions() {
        assertTrue(DivisionCodes.covers("500000", "500115"));
        assertTrue(DivisionCodes.covers("500100", "500115"));
        assertTrue(DivisionCodes.covers("500115", "500115"));
        assertTrue(!DivisionCodes.covers("500200", "500115"));
        assertTrue(!DivisionCodes.covers("500115", "500000"));
        assertTrue(!DivisionCodes.covers("510000", "500115"));
    }
}
