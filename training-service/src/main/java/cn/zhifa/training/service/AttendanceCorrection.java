package cn.zhifa.training.service;

import java.math.BigDecimal;

/**
 * A correction (更正) of recorded hours; the old value is kept in the attendance's history.
 *
 * @param hours   the hours that should have been credited
 * @param reason  why, required
 * @param version the attendance version being corrected
 */
public record AttendanceCorrection(BigDecimal hours, String reason, Integer version) {
    static final int REASON_MAX = 1000;
}
