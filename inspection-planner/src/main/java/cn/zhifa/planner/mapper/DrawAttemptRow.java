package cn.zhifa.planner.mapper;

/**
 * A row of {@code insp_draw_attempt} (抽取尝试): at most one per seal, stored {@value #STARTED} before the draw is
 * computed and completed as {@value #DRAWN} or {@value #FAILED} when it ends ({@code endedAtMs}); a failed one names
 * the refusal's code and its reason.
 */
public record DrawAttemptRow(long planId, String externalEntropy, String seed, String outcome, String problemCode,
                             String reason, Long jobId, long attemptedAtMs, Long endedAtMs) {

    public static final String STARTED = "STARTED";
    public static final String DRAWN = "DRAWN";
    public static final String FAILED = "FAILED";
}
