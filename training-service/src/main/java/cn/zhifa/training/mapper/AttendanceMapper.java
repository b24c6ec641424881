package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.Hours;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code trn_attendance} and the history of its corrections (bulk inserts: {@link BulkWriter}). */
@Mapper
public interface AttendanceMapper {
    Optional<Attendance> find(@Param("courseId") long courseId, @Param("officerId") long officerId);

    List<Attendance> listByCourse(@Param("courseId") long courseId, @Param("offset") long offset,
                                  @Param("limit") int limit);

    long countByCourse(@Param("courseId") long courseId);

    /** The highest hours credited for the course, if anyone attended. */
    Optional<Hours> maxHours(@Param("courseId") long courseId);

    /** Which of {@code keys} are already recorded. */
    List<AttendanceKey> existing(@Param("keys") Collection<AttendanceKey> keys);

    /** Sets the hours if {@code expectedVersion} is current; the number of rows changed (0 or 1). */
    int updateHours(@Param("courseId") long courseId, @Param("officerId") long officerId, @Param("hours") Hours hours,
                    @Param("expectedVersion") int expectedVersion);

    void insertChange(@Param("change") AttendanceChange change);

    List<AttendanceChange> changes(@Param("courseId") long courseId, @Param("officerId") long officerId);

    /** The officer's attendances with their courses, of one credit year or (year {@code null}) all years. */
    List<CreditLine> creditsOfOfficer(@Param("officerId") long officerId, @Param("creditYear") Integer creditYear);
}
