package cn.zhifa.exam.mapper;

import java.math.BigDecimal;

/** A registered candidate with the sitting's outcome so far (nulls until there is one). */
public record CandidateRow(long officerId, String name, String agencyCode, boolean exempt, Long sittingId,
                           Long submittedAtMs, String submittedHow, BigDecimal score, Boolean passed) {
}
