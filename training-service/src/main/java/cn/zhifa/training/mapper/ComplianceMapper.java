package cn.zhifa.training.mapper;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;
import org.mybatis.cdi.Mapper;

import java.util.List;

/**
 * The compliance report: every officer the duty applies to, with the year's totals, furthest behind
 * first (smallest legal hours up to the requirement, then fewest own-agency update trainings).
 */
@Mapper
public interface ComplianceMapper {
    List<ComplianceLine> page(@Param("q") ComplianceQuery query, @Param("offset") long offset,
                              @Param("limit") int limit);

    /** All lines, streamed: for the downloads. Read it inside the transaction that opened it. */
    Cursor<ComplianceLine> all(@Param("q") ComplianceQuery query);

    long count(@Param("q") ComplianceQuery query);
}
