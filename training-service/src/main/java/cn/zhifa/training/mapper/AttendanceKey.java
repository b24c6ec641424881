package cn.zhifa.training.mapper;

/**
 * The identity of an attendance: one officer in one course.
 *
 * @param courseId  the course
 * @param officerId the officer
 */
public record AttendanceKey(long courseId, long officerId) {
}
