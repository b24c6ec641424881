package cn.zhifa.exam.service;

import cn.zhifa.exam.domain.Blueprint;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An exam as staff see it. {@code commitment} ({@code sha256hex(seed)}) and {@code poolHash} are shown from
 * scheduling on; {@code seed} only once the window has closed (null before), so that anyone can then recompute every
 * paper (docs/exams.md). {@code state}: SCHEDULED, OPEN or CLOSED. {@code agencyCode}: the agency whose judicial
 * bureau scheduled it, null for a province-wide exam.
 */
public record ExamView(long id, String name, String kind, String category, OffsetDateTime opensAt,
                       OffsetDateTime closesAt, int durationMinutes, BigDecimal passMark, List<Blueprint.Cell> blueprint,
                       String state, String commitment, String poolHash, int poolSize, int candidates, String seed,
                       String agencyCode) {
}
