package cn.zhifa.credential.domain;

import java.math.BigDecimal;

/**
 * The configurable part of the annual review (年审).
 *
 * @param requiredLegalHours     legal training hours needed in the year before the review (training-service's setting)
 * @param requiredUpdateTrainings own-unit update trainings needed in that year (training-service's setting)
 */
public record ReviewPolicy(BigDecimal requiredLegalHours, int requiredUpdateTrainings) {
    public ReviewPolicy {
        if (requiredLegalHours.signum() < 0 || requiredUpdateTrainings < 0) {
            throw new IllegalArgumentException("review requirements cannot be negative");
        }
    }
}
