package cn.zhifa.planner.mapper;

import cn.zhifa.db.GeneratedKey;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** The target directory (检查对象名录库), its level history and conflicts of interest (回避). */
@Mapper
public interface TargetMapper {

    List<TargetRow> findMany(@Param("codes") List<String> codes);

    void insertAll(@Param("rows") List<TargetRow> rows, @Param("nowMs") long nowMs);

    void update(@Param("row") TargetRow row, @Param("nowMs") long nowMs);

    void insertHistory(@Param("rows") List<TargetLevels> rows, @Param("by") String by, @Param("nowMs") long nowMs);

    List<TargetLevels> history(@Param("code") String code);

    /** {@code areaPrefix} is a LIKE pattern such as {@code 5001%}; null filters are ignored. */
    List<TargetRow> search(@Param("areaPrefix") String areaPrefix, @Param("risk") String risk,
                           @Param("q") String q, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("areaPrefix") String areaPrefix, @Param("risk") String risk, @Param("q") String q);

    Optional<TargetRow> find(@Param("code") String code);

    void insertConflict(@Param("key") GeneratedKey key, @Param("code") String code, @Param("officerId") long officerId,
                        @Param("reason") String reason, @Param("by") String by, @Param("nowMs") long nowMs);

    boolean conflictExists(@Param("code") String code, @Param("officerId") long officerId);

    /** The officer's agency as credential-service knows it ({@code cred_v_officer}); empty for an unknown officer. */
    java.util.Optional<String> officerAgency(@Param("officerId") long officerId);
}
