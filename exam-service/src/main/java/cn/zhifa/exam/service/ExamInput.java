package cn.zhifa.exam.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * An exam as the judicial bureau schedules it: {@code kind} COMPREHENSIVE_LAW or PROFESSIONAL_LAW (with the
 * enforcement {@code category}), the blueprint's cells, the window as ISO-8601 date-times with offset, the time
 * allowed and the pass mark out of 100.
 */
public record ExamInput(String name, String kind, String category, List<CellInput> blueprint, String opensAt,
                        String closesAt, Integer durationMinutes, BigDecimal passMark) {
    /** A blueprint cell: how many questions of a difficulty (EASY, MEDIUM, HARD). */
    public record CellInput(String difficulty, Integer count) {
    }
}
