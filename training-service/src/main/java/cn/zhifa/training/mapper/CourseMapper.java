package cn.zhifa.training.mapper;

import cn.zhifa.db.GeneratedKey;

import cn.zhifa.training.domain.Course;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code trn_course}. */
@Mapper
public interface CourseMapper {
    void insert(@Param("course") Course course, @Param("createdAtMs") long createdAtMs,
                @Param("createdBy") String createdBy, @Param("key") GeneratedKey key);

    Optional<Course> findById(@Param("id") long id);

    /** The course, locked until the transaction ends: attendance writes and course edits serialise on it. */
    Optional<Course> lockById(@Param("id") long id);

    List<Course> findByIds(@Param("ids") Collection<Long> ids);

    /** The courses, locked until the transaction ends (an import relies on their hours and year). */
    List<Course> lockByIds(@Param("ids") Collection<Long> ids);

    List<Course> list(@Param("filter") CourseFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("filter") CourseFilter filter);

    /** Stores the new state if {@code expectedVersion} is current; the number of rows changed (0 or 1). */
    int update(@Param("course") Course course, @Param("expectedVersion") int expectedVersion);

    int delete(@Param("id") long id);

    boolean hasAttendance(@Param("id") long id);
}
