package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.Hours;

/**
 * An attendance to store.
 *
 * @param courseId  the course
 * @param officerId the officer
 * @param hours     the credited hours
 */
public record NewAttendance(long courseId, long officerId, Hours hours) {
}
