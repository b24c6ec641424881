package cn.zhifa.exam.domain;

import cn.zhifa.platform.crypto.Sha256;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One version of a question of the bank. Options are keyed A, B, C, D in the order the bank gives them; the answer is
 * the keys of the right options in alphabetical order ({@code B}, {@code ACD}). A TRUE_FALSE question has the two
 * options A = 正确 and B = 错误.
 *
 * @param topic {@link #COMPREHENSIVE_LAW} or an enforcement category code (专业法律知识 of that category)
 */
public record Question(long id, String code, String topic, QuestionType type, String stem, List<String> options,
                       String answer, Difficulty difficulty, String legalBasis, boolean retired) {
    public static final String COMPREHENSIVE_LAW = "COMPREHENSIVE_LAW";
    public static final List<String> KEYS = List.of("A", "B", "C", "D");
    public static final List<String> TRUE_FALSE_OPTIONS = List.of("正确", "错误");
    private static final char SEPARATOR = '\u001f';

    public Question {
        options = List.copyOf(options);
    }

    /**
     * The hash of what a candidate sees and what is scored, as docs/exams.md states it: lowercase hex SHA-256 of the
     * UTF-8 text {@code code, topic, type, difficulty, stem, optionA, optionB, optionC, optionD, answer} joined by the
     * unit separator U+001F (an absent option is empty).
     */
    public String contentHash() {
        List<String> parts = new ArrayList<>(List.of(code, topic, type.name(), difficulty.name(), stem));
        for (int i = 0; i < KEYS.size(); i++) {
            parts.add(i < options.size() ? options.get(i) : "");
        }
        parts.add(answer);
        return Sha256.hex(String.join(String.valueOf(SEPARATOR), parts));
    }

    /** The keys of this question's options, in bank order. */
    public List<String> keys() {
        return KEYS.subList(0, options.size());
    }

    /**
     * The rule codes an answer breaks for a question of {@code type} with {@code options} (non-empty texts, in order):
     * {@code QUESTION_ANSWER_MISSING}, {@code QUESTION_ANSWER_NOT_AN_OPTION} (a key without an option),
     * {@code QUESTION_ANSWER_NOT_SINGLE} (a SINGLE or TRUE_FALSE answer of several keys), and the option counts
     * {@code QUESTION_OPTIONS_TOO_FEW} (fewer than two). Empty when the question is well formed.
     */
    public static List<String> answerProblems(QuestionType type, List<String> options, String answer) {
        List<String> problems = new ArrayList<>();
        if (options.size() < 2) {
            problems.add("QUESTION_OPTIONS_TOO_FEW");
        }
        if (answer == null || answer.isBlank()) {
            problems.add("QUESTION_ANSWER_MISSING");
            return problems;
        }
        TreeSet<String> keys = keysOf(answer);
        List<String> offered = KEYS.subList(0, Math.min(options.size(), KEYS.size()));
        if (keys.isEmpty() || !offered.containsAll(keys) || keys.size() != answer.strip().length()) {
            problems.add("QUESTION_ANSWER_NOT_AN_OPTION");
        } else if (type != QuestionType.MULTIPLE && keys.size() != 1) {
            problems.add("QUESTION_ANSWER_NOT_SINGLE");
        }
        return problems;
    }

    /** The answer written the one way it is stored: its keys upper-case, alphabetical, each once. */
    public static String normalisedAnswer(String answer) {
        return String.join("", keysOf(answer));
    }

    private static TreeSet<String> keysOf(String answer) {
        TreeSet<String> keys = new TreeSet<>();
        for (char c : answer.strip().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            keys.add(String.valueOf(c));
        }
        return keys;
    }
}
