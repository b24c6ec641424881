package cn.zhifa.exam.mapper;

import cn.zhifa.db.GeneratedKey;
import cn.zhifa.exam.domain.Question;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code exm_question}: one row per version of a question; the current version is the one not superseded. */
@Mapper
public interface QuestionMapper {
    void insert(@Param("q") Question question, @Param("version") int version, @Param("contentHash") String contentHash,
                @Param("createdAtMs") long createdAtMs, @Param("createdBy") String createdBy,
                @Param("key") GeneratedKey key);

    /** The current versions of these codes, locked until the transaction ends (imports of one code serialise). */
    List<QuestionRow> lockCurrent(@Param("codes") Collection<String> codes);

    int supersede(@Param("id") long id);

    int retire(@Param("id") long id);

    Optional<QuestionRow> findCurrent(@Param("code") String code);

    /** Current versions, by code; of one topic when given; retired ones only when asked. */
    List<QuestionRow> list(@Param("topic") String topic, @Param("includeRetired") boolean includeRetired,
                           @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("topic") String topic, @Param("includeRetired") boolean includeRetired);

    /** What a new exam of this topic may draw: current, not retired. */
    List<QuestionRow> drawable(@Param("topic") String topic);

    List<QuestionRow> findByIds(@Param("ids") Collection<Long> ids);
}
