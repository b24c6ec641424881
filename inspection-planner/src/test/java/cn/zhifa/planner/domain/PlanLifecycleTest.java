package cn.zhifa.planner.domain;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static cn.zhifa.planner.domain.PlanAction.DRAW;
import static cn.zhifa.planner.domain.PlanAction.FAIL_DRAW;
import static cn.zhifa.planner.domain.PlanState.CANCELLED;
import static cn.zhifa.planner.domain.PlanState.DRAFT;
import static cn.zhifa.planner.domain.PlanState.DRAWN;
import static cn.zhifa.planner.domain.PlanState.SEALED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlanLifecycleTest {
    /** The legal transitions written out, one "state action → state" a line; every pair not listed is illegal. */
    private static final String LEGAL = """
            DRAFT CONFIRM DRAFT
            DRAFT SEAL SEALED
            DRAFT CANCEL CANCELLED
            SEALED DRAW DRAWN
            SEALED FAIL_DRAW CANCELLED
            SEALED CANCEL CANCELLED
            DRAWN PUBLISH DRAWN
            DRAWN REPLACE DRAWN
            DRAWN RECORD_RESULT DRAWN
            DRAWN PUBLISH_RESULTS DRAWN
            """;

    private static Map<String, PlanState> legal() {
        Map<String, PlanState> out = new HashMap<>();
        LEGAL.lines().map(l -> l.split(" ")).forEach(w -> out.put(w[0] + " " + w[1], PlanState.valueOf(w[2])));
        return out;
    }

    @Test
    void shouldDecideEveryStateAndActionPair() {
        Map<String, PlanState> legal = legal();
        int decided = 0;
        for (PlanState from : PlanState.values()) {
            for (PlanAction action : PlanAction.values()) {
                String pair = from + " " + action;
                Optional<PlanState> expected = Optional.ofNullable(legal.get(pair));
                assertEquals(expected, PlanLifecycle.next(from, action), pair);
                assertEquals(expected.isPresent(), PlanLifecycle.allows(from, action), pair);
                assertEquals(expected.isPresent(), PlanLifecycle.allowedActions(from).contains(action), pair);
                assertEquals(expected.isPresent(), PlanLifecycle.statesAllowing(action).contains(from), pair);
                if (expected.isPresent()) {
                    assertNull(PlanLifecycle.refusalCode(from, action), pair);
                    assertEquals(expected.get(), PlanLifecycle.target(action), pair);
                } else {
                    assertNotNull(PlanLifecycle.refusalCode(from, action), pair);
                }
                decided++;
            }
        }
        assertEquals(4 * 9, decided, "a new state or action must be decided here for every pair");
        assertEquals(10, legal.size());
    }

    @Test
    void shouldSpendTheSealOnAFailedDrawSoThatNoSecondDrawIsPossible() {
        PlanState afterFailure = PlanLifecycle.next(SEALED, FAIL_DRAW).orElseThrow();
        assertEquals(CANCELLED, afterFailure);
        assertEquals(EnumSet.noneOf(PlanAction.class), PlanLifecycle.allowedActions(afterFailure));
        assertEquals(Set.of(SEALED), PlanLifecycle.statesAllowing(DRAW), "only a sealed plan, once");
        assertEquals("PLAN_CANCELLED", PlanLifecycle.refusalCode(CANCELLED, DRAW));
        assertEquals("PLAN_ALREADY_DRAWN", PlanLifecycle.refusalCode(DRAWN, DRAW));
        assertEquals("PLAN_NOT_SEALED", PlanLifecycle.refusalCode(DRAFT, DRAW));
    }
}
