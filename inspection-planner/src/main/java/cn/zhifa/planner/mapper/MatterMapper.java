package cn.zhifa.planner.mapper;

import cn.zhifa.db.GeneratedKey;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** The random-inspection matter list (随机抽查事项清单). */
@Mapper
public interface MatterMapper {

    void insert(@Param("key") GeneratedKey key, @Param("m") MatterRow matter, @Param("by") String by,
                @Param("nowMs") long nowMs);

    void insertIndustries(@Param("matterId") long matterId, @Param("industries") List<String> industries);

    Optional<MatterRow> find(@Param("id") long id);

    List<String> industries(@Param("id") long id);

    /** A page of the matters of {@code agencies} (null: of every agency; empty: none). */
    List<MatterRow> list(@Param("agencies") List<String> agencies, @Param("offset") long offset,
                         @Param("limit") int limit);

    long count(@Param("agencies") List<String> agencies);
}
