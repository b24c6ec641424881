package cn.zhifa.training.domain.importing;

import cn.zhifa.training.domain.Hours;

/**
 * A well-formed attendance line; whether the course and officer exist is checked later.
 *
 * @param line     the line number (1 is the header)
 * @param courseId the course
 * @param officer  the officer, by id, identity number or credential number
 * @param hours    the hours to credit
 */
public record AttendanceRow(int line, long courseId, OfficerRef officer, Hours hours) implements ParsedLine {
}
