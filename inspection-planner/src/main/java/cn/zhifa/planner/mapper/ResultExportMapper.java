package cn.zhifa.planner.mapper;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Published results only (plans whose results are published), for the export to the national publicity system. */
@Mapper
public interface ResultExportMapper {
    /**
     * The published results of one plan ({@code planId}), or of every plan inspected from {@code from} to {@code to}
     * (null: no bound) whose matter's agency is one of {@code agencies} (null: every agency); by plan, target, matter.
     */
    List<PublishedResultRow> published(@Param("planId") Long planId, @Param("from") LocalDate from,
                                       @Param("to") LocalDate to, @Param("agencies") List<String> agencies);
}
