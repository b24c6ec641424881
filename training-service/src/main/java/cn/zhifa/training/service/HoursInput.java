package cn.zhifa.training.service;

import cn.zhifa.platform.error.Violations;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.InvalidHoursException;

import java.math.BigDecimal;

/** Reads hours from a request field, adding a field error instead of failing. */
final class HoursInput {
    private HoursInput() {
    }

    /** The hours, or {@code null} with a violation on {@code field} when missing or not creditable. */
    static Hours read(BigDecimal value, String field, Violations violations) {
        if (value == null) {
            violations.add(field, "FIELD_REQUIRED");
            return null;
        }
        try {
            return Hours.of(value);
        } catch (InvalidHoursException e) {
            violations.add(field, e.code(), Hours.MAX_HOURS);
            return null;
        }
    }
}
