package cn.zhifa.credential.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An exam result: {@code kind} COMPREHENSIVE_LAW or PROFESSIONAL_LAW, {@code score} 0-100 and optional. */
public record ExamInput(String kind, Boolean passed, BigDecimal score, LocalDate takenOn) {
}
