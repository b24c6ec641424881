package cn.zhifa.exam.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ItemAnalysisTest {
    private static final ItemAnalysis.Thresholds THRESHOLDS = new ItemAnalysis.Thresholds(0.9, 0.2, 0.2);
    private static final List<String> KEYS = List.of("A", "B", "C", "D");

    private static ItemAnalysis.Response r(String score, boolean correct, String... chosen) {
        return new ItemAnalysis.Response(new BigDecimal(score), correct, Set.of(chosen));
    }

    @Test
    void shouldMeasureFacilityDiscriminationAndOptionCounts() {
        List<ItemAnalysis.Response> responses = List.of(r("90", true, "B"), r("80", true, "B"), r("40", false, "A"),
                r("30", false, "C"), r("20", false));
        ItemAnalysis.Item item = ItemAnalysis.analyse(KEYS, responses, THRESHOLDS);
        assertEquals(5, item.responses());
        assertEquals(0.4, item.facility(), 1e-12);
        // point-biserial by hand: (M1 - M0) / s_n * sqrt(p q), M1 = 85 (right), M0 = 30 (wrong), s_n the population SD
        double mean = (90 + 80 + 40 + 30 + 20) / 5.0;
        double sn = Math.sqrt((Math.pow(90 - mean, 2) + Math.pow(80 - mean, 2) + Math.pow(40 - mean, 2)
                + Math.pow(30 - mean, 2) + Math.pow(20 - mean, 2)) / 5);
        assertEquals((85 - 30) / sn * Math.sqrt(0.4 * 0.6), item.discrimination(), 1e-9);
        assertEquals(Map.of("A", 1, "B", 2, "C", 1, "D", 0), item.optionCounts());
        assertEquals(1, item.unanswered());
        assertEquals(List.of(), item.flags());
    }

    @Test
    void shouldFlagTooEasyTooHardAndPoorDiscrimination() {
        List<ItemAnalysis.Response> everyoneRight = List.of(r("90", true, "A"), r("50", true, "A"), r("70", true, "A"));
        ItemAnalysis.Item easy = ItemAnalysis.analyse(KEYS, everyoneRight, THRESHOLDS);
        assertEquals(List.of(ItemAnalysis.Flag.TOO_EASY), easy.flags());
        assertNull(easy.discrimination(), "undefined when nobody differs on the question");

        List<ItemAnalysis.Response> reversed = List.of(r("90", false, "B"), r("80", false, "B"), r("85", false, "C"),
                r("70", false, "C"), r("60", false, "D"), r("20", true, "A"));
        ItemAnalysis.Item bad = ItemAnalysis.analyse(KEYS, reversed, THRESHOLDS);
        assertEquals(List.of(ItemAnalysis.Flag.TOO_HARD, ItemAnalysis.Flag.DISCRIMINATES_POORLY), bad.flags());
    }

    @Test
    void shouldCountScoresPerTenth() {
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 1, 0, 0, 2},
                ItemAnalysis.histogram(List.of(new BigDecimal("0"), new BigDecimal("60"), new BigDecimal("99.99"),
                        new BigDecimal("100"))));
    }
}
