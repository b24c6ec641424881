package cn.zhifa.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A passed qualification exam, as exam-service reports it to credential-service.
 *
 * @param kind    {@code COMPREHENSIVE_LAW} or {@code PROFESSIONAL_LAW}
 * @param score   out of 100, two decimals at most
 * @param takenOn the business day of the submission
 */
public record PassedExam(long officerId, String kind, BigDecimal score, LocalDate takenOn) {
}
