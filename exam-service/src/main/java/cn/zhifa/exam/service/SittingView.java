package cn.zhifa.exam.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sitting as its candidate sees it: the paper in the candidate's own order with options keyed as shown, the choices
 * saved so far (as shown keys) and the time left by the server's clock; never the right answers. {@code result} once
 * submitted.
 */
public record SittingView(long id, long examId, String examName, String kind, OffsetDateTime startedAt,
                          OffsetDateTime endsAt, long secondsLeft, boolean submitted, int deviceSwitches,
                          List<PaperQuestion> questions, Result result) {

    public record PaperQuestion(long id, int position, String type, String stem, List<Option> options,
                                List<String> choice) {
    }

    public record Option(String key, String text) {
    }

    /** How the sitting was submitted: by the CANDIDATE, or by the server at TIMEOUT. */
    public record Result(BigDecimal score, BigDecimal passMark, boolean passed, int correct, int questions,
                         OffsetDateTime submittedAt, String submittedHow) {
    }
}
