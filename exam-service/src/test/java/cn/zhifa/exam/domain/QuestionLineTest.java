package cn.zhifa.exam.domain;

import cn.zhifa.platform.error.Violations;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionLineTest {
    private static final Set<String> CATEGORIES = Set.of("MARKET_REGULATION");

    private static Map<String, String> line(String code, String topic, String type, String a, String b, String c, String d,
                                            String answer, String difficulty) {
        Map<String, String> cells = new HashMap<>();
        cells.put("code", code);
        cells.put("topic", topic);
        cells.put("type", type);
        cells.put("stem", "题干");
        cells.put("optionA", a);
        cells.put("optionB", b);
        cells.put("optionC", c);
        cells.put("optionD", d);
        cells.put("answer", answer);
        cells.put("difficulty", difficulty);
        return cells;
    }

    private static List<String> problems(Map<String, String> cells) {
        Violations v = new Violations();
        QuestionLine.parse(cells, "lines[2].", CATEGORIES::contains, v);
        return v.list().stream().map(x -> x.field() + " " + x.code()).toList();
    }

    @Test
    void shouldReadChineseValuesAndNormaliseTheAnswer() {
        Violations v = new Violations();
        Optional<Question> q = QuestionLine.parse(line("Q-1", "综合法律知识", "多选题", "甲", "乙", "丙", "", " ca ", "困难"),
                "lines[2].", CATEGORIES::contains, v);
        assertTrue(v.isEmpty(), v.list().toString());
        assertEquals("COMPREHENSIVE_LAW", q.orElseThrow().topic());
        assertEquals(QuestionType.MULTIPLE, q.get().type());
        assertEquals(Difficulty.HARD, q.get().difficulty());
        assertEquals(List.of("甲", "乙", "丙"), q.get().options());
        assertEquals("AC", q.get().answer());

        Question tf = QuestionLine.parse(line("Q-2", "MARKET_REGULATION", "判断", "", "", "", "", "b", "易"), "p.",
                CATEGORIES::contains, new Violations()).orElseThrow();
        assertEquals(Question.TRUE_FALSE_OPTIONS, tf.options());
        assertEquals("B", tf.answer());
    }

    @Test
    void shouldNameEveryProblemOfALine() {
        assertEquals(List.of("lines[2].code QUESTION_CODE_INVALID", "lines[2].topic QUESTION_TOPIC_UNKNOWN",
                        "lines[2].type QUESTION_TYPE_UNKNOWN", "lines[2].difficulty QUESTION_DIFFICULTY_UNKNOWN"),
                problems(line("题 1", "HEALTH", "问答题", "甲", "乙", "", "", "A", "很难")));
        assertEquals(List.of("lines[2].optionD QUESTION_OPTIONS_GAP"),
                problems(line("Q-3", "MARKET_REGULATION", "SINGLE", "甲", "乙", "", "丁", "A", "EASY")));
        assertEquals(List.of("lines[2].answer QUESTION_ANSWER_NOT_AN_OPTION"),
                problems(line("Q-4", "MARKET_REGULATION", "SINGLE", "甲", "乙", "丙", "", "D", "EASY")));
        assertEquals(List.of("lines[2].answer QUESTION_ANSWER_MISSING"),
                problems(line("Q-5", "MARKET_REGULATION", "SINGLE", "甲", "乙", "", "", "", "EASY")));
        Map<String, String> longStem = line("Q-6", "MARKET_REGULATION", "SINGLE", "甲", "乙", "", "", "A", "EASY");
        longStem.put("stem", "长".repeat(QuestionLine.MAX_STEM + 1));
        assertEquals(List.of("lines[2].stem FIELD_TOO_LONG"), problems(longStem));
        Map<String, String> empty = new HashMap<>();
        assertEquals(List.of("lines[2].code FIELD_REQUIRED", "lines[2].topic FIELD_REQUIRED", "lines[2].type FIELD_REQUIRED",
                "lines[2].difficulty FIELD_REQUIRED", "lines[2].stem FIELD_REQUIRED"), problems(empty));
    }
}
