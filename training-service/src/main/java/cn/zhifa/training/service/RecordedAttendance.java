package cn.zhifa.training.service;

import java.math.BigDecimal;

/**
 * What a batch of attendance stored.
 *
 * @param courseId the course
 * @param recorded how many attendances
 * @param hours    the credited hours in total
 */
public record RecordedAttendance(long courseId, int recorded, BigDecimal hours) {
}
