package cn.zhifa.exam.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuestionTest {
    private static final List<String> FOUR = List.of("甲", "乙", "丙", "丁");

    @Test
    void shouldNameWhatIsWrongWithAnAnswer() {
        assertEquals(List.of(), Question.answerProblems(QuestionType.SINGLE, FOUR, "b"));
        assertEquals(List.of(), Question.answerProblems(QuestionType.MULTIPLE, FOUR, "DCA"));
        assertEquals(List.of(), Question.answerProblems(QuestionType.TRUE_FALSE, Question.TRUE_FALSE_OPTIONS, "B"));
        assertEquals(List.of("QUESTION_ANSWER_MISSING"), Question.answerProblems(QuestionType.SINGLE, FOUR, " "));
        assertEquals(List.of("QUESTION_ANSWER_NOT_AN_OPTION"), Question.answerProblems(QuestionType.SINGLE, FOUR, "E"));
        assertEquals(List.of("QUESTION_ANSWER_NOT_AN_OPTION"),
                Question.answerProblems(QuestionType.SINGLE, List.of("甲", "乙", "丙"), "D"));
        assertEquals(List.of("QUESTION_ANSWER_NOT_AN_OPTION"), Question.answerProblems(QuestionType.MULTIPLE, FOUR, "AAB"));
        assertEquals(List.of("QUESTION_ANSWER_NOT_SINGLE"), Question.answerProblems(QuestionType.SINGLE, FOUR, "AB"));
        assertEquals(List.of("QUESTION_ANSWER_NOT_SINGLE"),
                Question.answerProblems(QuestionType.TRUE_FALSE, Question.TRUE_FALSE_OPTIONS, "AB"));
        assertEquals(List.of("QUESTION_OPTIONS_TOO_FEW"), Question.answerProblems(QuestionType.SINGLE, List.of("甲"), "A"));
        assertEquals("ACD", Question.normalisedAnswer(" dca"));
    }

    @Test
    void shouldMapShownKeysToBankKeys() {
        DrawnQuestion q = new DrawnQuestion(1, 7, "Q7", List.of("C", "A", "D", "B"));
        assertEquals("C", q.bankKey("A").orElseThrow());
        assertEquals("B", q.bankKey("D").orElseThrow());
        assertEquals(true, q.bankKey("E").isEmpty());
        assertEquals("B", q.shownKey("A"));
    }
}
