package cn.zhifa.training.service;

import java.math.BigDecimal;

/**
 * One officer's credited hours in a course, as a trainer enters it.
 *
 * @param officerId the officer (credential-service's id)
 * @param hours     credited hours in half-hour steps, at most the course's hours
 */
public record AttendanceEntry(Long officerId, BigDecimal hours) {
}
