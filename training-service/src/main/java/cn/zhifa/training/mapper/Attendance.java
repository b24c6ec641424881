package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.Hours;

/**
 * A stored attendance (学时记录).
 *
 * @param courseId     the course
 * @param officerId    the officer
 * @param officerName  the officer's name (from credential-service's view; {@code null} if no longer listed)
 * @param hours        the credited hours
 * @param batchId      the import batch that stored it, {@code null} when entered directly
 * @param version      optimistic-locking version, raised by each correction
 * @param recordedAtMs when it was stored
 * @param recordedBy   who stored it
 */
public record Attendance(long courseId, long officerId, String officerName, Hours hours, Long batchId, int version,
                         long recordedAtMs, String recordedBy) {
}
