package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.Hours;

/**
 * One correction (更正) of an attendance.
 *
 * @param courseId    the course
 * @param officerId   the officer
 * @param oldHours    the credited hours before
 * @param newHours    the credited hours after
 * @param reason      why
 * @param changedAtMs when
 * @param changedBy   who
 */
public record AttendanceChange(long courseId, long officerId, Hours oldHours, Hours newHours, String reason,
                               long changedAtMs, String changedBy) {
}
