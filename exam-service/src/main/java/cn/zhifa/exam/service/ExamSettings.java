package cn.zhifa.exam.service;

import cn.zhifa.exam.domain.ItemAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of exam-service, read in this one place ({@code zhifa.exam.*}, defaults in the annotations;
 * docs/exams.md and docs/configuration.md list them). A value out of range stops the start.
 */
@ApplicationScoped
public class ExamSettings {
    private final int maxQuestionsPerPaper;
    private final int importMaxRows;
    private final int maxCandidatesPerRequest;
    private final long timeoutSweepMs;
    private final boolean timeoutJobEnabled;
    private final ItemAnalysis.Thresholds thresholds;

    @Inject
    public ExamSettings(
            @ConfigProperty(name = "zhifa.exam.max-questions-per-paper", defaultValue = "200") int maxQuestionsPerPaper,
            @ConfigProperty(name = "zhifa.exam.import.max-rows", defaultValue = "20000") int importMaxRows,
            @ConfigProperty(name = "zhifa.exam.candidates.max-per-request", defaultValue = "5000")
            int maxCandidatesPerRequest,
            @ConfigProperty(name = "zhifa.exam.timeout-job.interval-seconds", defaultValue = "30")
            int timeoutSweepSeconds,
            @ConfigProperty(name = "zhifa.exam.timeout-job.enabled", defaultValue = "true") boolean timeoutJobEnabled,
            @ConfigProperty(name = "zhifa.exam.item-analysis.too-easy-above", defaultValue = "0.9") double tooEasyAbove,
            @ConfigProperty(name = "zhifa.exam.item-analysis.too-hard-below", defaultValue = "0.2") double tooHardBelow,
            @ConfigProperty(name = "zhifa.exam.item-analysis.discrimination-below", defaultValue = "0.2")
            double discriminationBelow) {
        this.maxQuestionsPerPaper = positive("zhifa.exam.max-questions-per-paper", maxQuestionsPerPaper);
        this.importMaxRows = positive("zhifa.exam.import.max-rows", importMaxRows);
        this.maxCandidatesPerRequest = positive("zhifa.exam.candidates.max-per-request", maxCandidatesPerRequest);
        this.timeoutSweepMs = positive("zhifa.exam.timeout-job.interval-seconds", timeoutSweepSeconds) * 1000L;
        this.timeoutJobEnabled = timeoutJobEnabled;
        if (!(tooHardBelow >= 0 && tooHardBelow < tooEasyAbove && tooEasyAbove <= 1)) {
            throw new IllegalArgumentException("zhifa.exam.item-analysis: 0 <= too-hard-below < too-easy-above <= 1");
        }
        this.thresholds = new ItemAnalysis.Thresholds(tooEasyAbove, tooHardBelow, discriminationBelow);
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    public int maxQuestionsPerPaper() {
        return maxQuestionsPerPaper;
    }

    public int importMaxRows() {
        return importMaxRows;
    }

    public int maxCandidatesPerRequest() {
        return maxCandidatesPerRequest;
    }

    public long timeoutSweepMs() {
        return timeoutSweepMs;
    }

    public boolean timeoutJobEnabled() {
        return timeoutJobEnabled;
    }

    public ItemAnalysis.Thresholds thresholds() {
        return thresholds;
    }
}
