package cn.zhifa.planner.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DrawDemandTest {

    private static DrawTarget target(String code, RiskLevel risk) {
        return new DrawTarget(code, risk, CreditLevel.B);
    }

    @Test
    void anAreaGetsAtLeastWhatTheOtherAreasCannotTakeAndAtMostWhatItHasOrTheStratumDraws() {
        // HIGH: 3 targets in A, 1 in B, 3 drawn → A at least 2, at most 3; B at least 0, at most 1.
        // LOW: 2 in A, 2 in B, 1 drawn → each area 0 to 1.
        List<DrawTarget> targets = new ArrayList<>();
        for (String code : List.of("A1", "A2", "A3")) {
            targets.add(target(code, RiskLevel.HIGH));
        }
        targets.add(target("B1", RiskLevel.HIGH));
        for (String code : List.of("A4", "A5", "B2", "B3")) {
            targets.add(target(code, RiskLevel.LOW));
        }
        SamplingRules rules = new SamplingRules(Map.of(RiskLevel.HIGH, new BigDecimal("0.75"),
                RiskLevel.LOW, new BigDecimal("0.25")), Map.of());

        DrawDemand demand = DrawDemand.of(rules, targets, t -> t.creditCode().substring(0, 1));

        assertEquals(4, demand.total());
        assertEquals(Map.of("A", new DrawDemand.Bounds(2, 4), "B", new DrawDemand.Bounds(0, 2)), demand.areas());
    }

    @Test
    void aStratumDrawnWhollyGivesEachAreaAllItsTargets() {
        List<DrawTarget> targets = List.of(target("A1", RiskLevel.HIGH), target("B1", RiskLevel.HIGH));
        SamplingRules rules = new SamplingRules(Map.of(RiskLevel.HIGH, BigDecimal.ONE), Map.of());

        DrawDemand demand = DrawDemand.of(rules, targets, t -> t.creditCode().substring(0, 1));

        assertEquals(Map.of("A", new DrawDemand.Bounds(1, 1), "B", new DrawDemand.Bounds(1, 1)), demand.areas());
    }
}
