package cn.zhifa.exam.mapper;

import cn.zhifa.exam.domain.ExamKind;

import java.math.BigDecimal;

/**
 * A row of {@code exm_exam}; {@code seed} is the secret until the window closes; {@code agencyCode} the agency whose
 * judicial bureau scheduled it, null for a province-wide exam.
 */
public record ExamRow(long id, String name, ExamKind kind, String categoryCode, String topic, long opensAtMs,
                      long closesAtMs, int durationMinutes, BigDecimal passMark, String seed, String commitment,
                      String poolHash, int poolSize, int candidates, String agencyCode) {
}
