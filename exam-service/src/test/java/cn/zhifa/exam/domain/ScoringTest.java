package cn.zhifa.exam.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {
    private static final BigDecimal PASS = new BigDecimal("60");

    @Test
    void shouldScoreEveryQuestionTypeByExactMatch() {
        assertTrue(new Scoring.Item("B", Set.of("B")).correct(), "SINGLE right");
        assertFalse(new Scoring.Item("B", Set.of("A")).correct(), "SINGLE wrong");
        assertTrue(new Scoring.Item("A", Set.of("A")).correct(), "TRUE_FALSE right");
        assertFalse(new Scoring.Item("A", Set.of("B")).correct(), "TRUE_FALSE wrong");
        assertTrue(new Scoring.Item("ACD", Set.of("D", "A", "C")).correct(), "MULTIPLE all and only the right ones");
        assertFalse(new Scoring.Item("ACD", Set.of("A", "C")).correct(), "MULTIPLE one missing");
        assertFalse(new Scoring.Item("ACD", Set.of("A", "B", "C", "D")).correct(), "MULTIPLE one too many");
        assertFalse(new Scoring.Item("A", Set.of()).correct(), "unanswered");
    }

    @Test
    void shouldScoreOutOfAHundredRoundedAndPassAtTheMark() {
        List<Scoring.Item> twoOfThree = List.of(new Scoring.Item("A", Set.of("A")), new Scoring.Item("AB", Set.of("A", "B")),
                new Scoring.Item("C", Set.of()));
        Scoring.Result result = Scoring.score(twoOfThree, PASS);
        assertEquals(2, result.correct());
        assertEquals(new BigDecimal("66.67"), result.score());
        assertTrue(result.passed());

        List<Scoring.Item> threeOfFive = List.of(new Scoring.Item("A", Set.of("A")), new Scoring.Item("A", Set.of("A")),
                new Scoring.Item("A", Set.of("A")), new Scoring.Item("A", Set.of("B")), new Scoring.Item("A", Set.of()));
        assertEquals(new BigDecimal("60.00"), Scoring.score(threeOfFive, PASS).score());
        assertTrue(Scoring.score(threeOfFive, PASS).passed(), "the pass mark itself passes");
        assertFalse(Scoring.score(threeOfFive, new BigDecimal("60.01")).passed());
        assertEquals(new BigDecimal("0.00"), Scoring.score(List.of(new Scoring.Item("A", Set.of())), PASS).score());
    }

    @Test
    void shouldExemptHoldersOfTheLegalQualificationFromTheComprehensiveExamOnly() {
        assertTrue(ExamKind.COMPREHENSIVE_LAW.exempts(true));
        assertFalse(ExamKind.COMPREHENSIVE_LAW.exempts(false));
        assertFalse(ExamKind.PROFESSIONAL_LAW.exempts(true));
        assertEquals("COMPREHENSIVE_LAW", ExamKind.COMPREHENSIVE_LAW.topic("MARKET"));
        assertEquals("MARKET", ExamKind.PROFESSIONAL_LAW.topic("MARKET"));
    }
}
