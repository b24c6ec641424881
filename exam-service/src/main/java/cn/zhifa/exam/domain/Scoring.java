package cn.zhifa.exam.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scoring out of 100: every question weighs the same; a question counts when the chosen options are exactly the right
 * ones (a MULTIPLE question with one right option missing or one wrong option added scores nothing); an unanswered
 * question scores nothing. The score is rounded half up to two decimals; it passes at or above the pass mark.
 */
public final class Scoring {
    public static final BigDecimal FULL_MARKS = new BigDecimal("100");

    private Scoring() {
    }

    /** The right answer (bank keys, e.g. {@code ACD}) and the bank keys chosen (empty: unanswered). */
    public record Item(String answer, Set<String> chosen) {
        public boolean correct() {
            return !chosen.isEmpty() && new TreeSet<>(chosen).equals(keys(answer));
        }
    }

    public record Result(int correct, int questions, BigDecimal score, BigDecimal passMark, boolean passed) {
    }

    public static Result score(List<Item> items, BigDecimal passMark) {
        int correct = (int) items.stream().filter(Item::correct).count();
        BigDecimal score = items.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : FULL_MARKS.multiply(BigDecimal.valueOf(correct))
                        .divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
        return new Result(correct, items.size(), score, passMark, score.compareTo(passMark) >= 0);
    }

    private static TreeSet<String> keys(String answer) {
        TreeSet<String> keys = new TreeSet<>();
        answer.chars().forEach(c -> keys.add(String.valueOf((char) c)));
        return keys;
    }
}
