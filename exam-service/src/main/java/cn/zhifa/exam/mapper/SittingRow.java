package cn.zhifa.exam.mapper;

import java.math.BigDecimal;

/** A row of {@code exm_sitting}; {@code chainCount} and {@code chainHead}: its own chain's head (SittingChain). */
public record SittingRow(long id, long examId, long officerId, long startedAtMs, long endsAtMs, String device,
                         int deviceSwitches, Long submittedAtMs, String submittedHow, Integer correctCount,
                         BigDecimal score, Boolean passed, long chainCount, String chainHead) {
    public boolean submitted() {
        return submittedAtMs != null;
    }
}
