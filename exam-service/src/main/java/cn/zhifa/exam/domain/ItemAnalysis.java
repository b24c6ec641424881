package cn.zhifa.exam.domain;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The item analysis of a question over the submitted sittings that held it: facility (the share answering it right),
 * discrimination (the point-biserial correlation of answering it right with the sitting's score: Pearson's r of a
 * 0/1 variable, by Apache Commons Math; none when either side does not vary), counts per bank option, and flags.
 */
public final class ItemAnalysis {
    private ItemAnalysis() {
    }

    /** One candidate's response: the sitting's score, whether this question was right, the bank keys chosen. */
    public record Response(BigDecimal score, boolean correct, Set<String> chosen) {
    }

    /** When a question is flagged: facility above / below, discrimination below (configuration). */
    public record Thresholds(double tooEasyAbove, double tooHardBelow, double discriminationBelow) {
    }

    public enum Flag {
        TOO_EASY,
        TOO_HARD,
        DISCRIMINATES_POORLY
    }

    /** {@code discrimination} is null when it is undefined (everyone right, everyone wrong, or one score for all). */
    public record Item(int responses, double facility, Double discrimination, Map<String, Integer> optionCounts,
                       int unanswered, List<Flag> flags) {
    }

    public static Item analyse(List<String> keys, List<Response> responses, Thresholds thresholds) {
        Map<String, Integer> counts = new TreeMap<>();
        keys.forEach(k -> counts.put(k, 0));
        int unanswered = 0;
        int right = 0;
        double[] correct = new double[responses.size()];
        double[] scores = new double[responses.size()];
        for (int i = 0; i < responses.size(); i++) {
            Response r = responses.get(i);
            r.chosen().forEach(k -> counts.merge(k, 1, Integer::sum));
            unanswered += r.chosen().isEmpty() ? 1 : 0;
            right += r.correct() ? 1 : 0;
            correct[i] = r.correct() ? 1 : 0;
            scores[i] = r.score().doubleValue();
        }
        double facility = responses.isEmpty() ? 0 : (double) right / responses.size();
        Double discrimination = null;
        if (responses.size() > 2 && varies(correct) && varies(scores)) {
            discrimination = new PearsonsCorrelation().correlation(correct, scores);
        }
        List<Flag> flags = new ArrayList<>();
        if (!responses.isEmpty() && facility > thresholds.tooEasyAbove()) {
            flags.add(Flag.TOO_EASY);
        }
        if (!responses.isEmpty() && facility < thresholds.tooHardBelow()) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination != null && discrimination < thresholds.discriminationBelow()) {
            flags.add(Flag.DISCRIMINATES_POORLY);
        }
        return new Item(responses.size(), facility, discrimination, counts, unanswered, flags);
    }

    /** How many scores fall in each tenth of the scale: [0, 10), [10, 20), … [90, 100]. */
    public static int[] histogram(List<BigDecimal> scores) {
        int[] bins = new int[10];
        for (BigDecimal score : scores) {
            bins[Math.min(9, score.intValue() / 10)]++;
        }
        return bins;
    }

    private static boolean varies(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return true;
            }
        }
        return false;
    }
}
