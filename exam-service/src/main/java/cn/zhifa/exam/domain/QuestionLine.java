package cn.zhifa.exam.domain;

import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.tabular.TableColumns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A line of a question bank file: its columns by English or Chinese name, and the checks that turn it into a
 * question. Types and difficulties are accepted as the API writes them or in Chinese (单选题, 多选题, 判断题; 容易, 中等,
 * 困难); the topic as {@code COMPREHENSIVE_LAW} (or 综合法律知识) or an enforcement category code.
 */
public final class QuestionLine {
    public static final TableColumns COLUMNS = new TableColumns(List.of(
            new TableColumns.Column("code", "题目编号", "编号"),
            new TableColumns.Column("topic", "科目", "考试科目"),
            new TableColumns.Column("type", "题型"),
            new TableColumns.Column("stem", "题干"),
            new TableColumns.Column("optionA", "选项A"),
            new TableColumns.Column("optionB", "选项B"),
            new TableColumns.Column("optionC", "选项C"),
            new TableColumns.Column("optionD", "选项D"),
            new TableColumns.Column("answer", "答案", "正确答案"),
            new TableColumns.Column("difficulty", "难度"),
            new TableColumns.Column("legalBasis", "法律依据")));
    /** Columns a file may leave out (a bank of true/false questions needs no options). */
    public static final List<String> OPTIONAL = List.of("optionA", "optionB", "optionC", "optionD", "legalBasis");
    static final int MAX_CODE = 64;
    static final int MAX_STEM = 2000;
    static final int MAX_OPTION = 500;
    static final int MAX_LEGAL_BASIS = 1000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, QuestionType> TYPES = Map.of("SINGLE", QuestionType.SINGLE, "单选", QuestionType.SINGLE,
            "单选题", QuestionType.SINGLE, "MULTIPLE", QuestionType.MULTIPLE, "多选", QuestionType.MULTIPLE, "多选题",
            QuestionType.MULTIPLE, "TRUE_FALSE", QuestionType.TRUE_FALSE, "判断", QuestionType.TRUE_FALSE, "判断题",
            QuestionType.TRUE_FALSE);
    private static final Map<String, Difficulty> DIFFICULTIES = Map.of("EASY", Difficulty.EASY, "容易", Difficulty.EASY,
            "易", Difficulty.EASY, "MEDIUM", Difficulty.MEDIUM, "中等", Difficulty.MEDIUM, "中", Difficulty.MEDIUM,
            "HARD", Difficulty.HARD, "困难", Difficulty.HARD, "难", Difficulty.HARD);

    private QuestionLine() {
    }

    /**
     * The question of a line, or empty with every problem added to {@code v} as {@code prefix + column}.
     *
     * @param cells      the line's cells by English column name (null or blank: empty)
     * @param isCategory whether a code is an enforcement category (a PROFESSIONAL_LAW topic)
     */
    public static Optional<Question> parse(Map<String, String> cells, String prefix, Predicate<String> isCategory,
                                           Violations v) {
        int before = v.list().size();
        String code = required(cells, "code", prefix, v);
        if (!code.isEmpty() && (code.length() > MAX_CODE || !CODE.matcher(code).matches())) {
            v.add(prefix + "code", "QUESTION_CODE_INVALID", MAX_CODE);
        }
        String topic = required(cells, "topic", prefix, v);
        if ("综合法律知识".equals(topic)) {
            topic = Question.COMPREHENSIVE_LAW;
        }
        if (!topic.isEmpty() && !Question.COMPREHENSIVE_LAW.equals(topic) && !isCategory.test(topic)) {
            v.add(prefix + "topic", "QUESTION_TOPIC_UNKNOWN", topic);
        }
        String typeText = required(cells, "type", prefix, v);
        QuestionType type = TYPES.get(typeText.toUpperCase(Locale.ROOT));
        if (!typeText.isEmpty() && type == null) {
            v.add(prefix + "type", "QUESTION_TYPE_UNKNOWN", typeText);
        }
        String difficultyText = required(cells, "difficulty", prefix, v);
        Difficulty difficulty = DIFFICULTIES.get(difficultyText.toUpperCase(Locale.ROOT));
        if (!difficultyText.isEmpty() && difficulty == null) {
            v.add(prefix + "difficulty", "QUESTION_DIFFICULTY_UNKNOWN", difficultyText);
        }
        String stem = limited(cells, "stem", MAX_STEM, prefix, v);
        if (cell(cells, "stem").isEmpty()) {
            v.add(prefix + "stem", "FIELD_REQUIRED");
        }
        String legalBasis = limited(cells, "legalBasis", MAX_LEGAL_BASIS, prefix, v);
        List<String> options = type == QuestionType.TRUE_FALSE ? Question.TRUE_FALSE_OPTIONS : options(cells, prefix, v);
        String answer = cell(cells, "answer");
        if (type != null) {
            for (String problem : Question.answerProblems(type, options, answer)) {
                v.add(prefix + (problem.equals("QUESTION_OPTIONS_TOO_FEW") ? "optionB" : "answer"), problem, answer);
            }
        }
        if (v.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Question(0, code, topic, type, stem, options, Question.normalisedAnswer(answer),
                difficulty, legalBasis.isEmpty() ? null : legalBasis, false));
    }

    /** The options A, B, C, D given, in order; a gap (D without C) is refused. */
    private static List<String> options(Map<String, String> cells, String prefix, Violations v) {
        List<String> options = new ArrayList<>();
        boolean gap = false;
        for (String key : Question.KEYS) {
            String text = limited(cells, "option" + key, MAX_OPTION, prefix, v);
            if (text.isEmpty()) {
                gap = true;
            } else if (gap) {
                v.add(prefix + "option" + key, "QUESTION_OPTIONS_GAP");
            } else {
                options.add(text);
            }
        }
        return options;
    }

    private static String required(Map<String, String> cells, String column, String prefix, Violations v) {
        String text = cell(cells, column);
        if (text.isEmpty()) {
            v.add(prefix + column, "FIELD_REQUIRED");
        }
        return text;
    }

    private static String limited(Map<String, String> cells, String column, int max, String prefix, Violations v) {
        String text = cell(cells, column);
        if (text.length() > max) {
            v.add(prefix + column, "FIELD_TOO_LONG", max);
            return "";
        }
        return text;
    }

    private static String cell(Map<String, String> cells, String column) {
        String text = cells.get(column);
        return text == null ? "" : text.strip();
    }
}
