package cn.zhifa.credential.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One exam attempt; {@code score} may be unknown (only pass or fail reported). */
public record Exam(ExamKind kind, boolean passed, BigDecimal score, LocalDate takenOn) {
}
