package cn.zhifa.planner.mapper;

import cn.zhifa.db.GeneratedKey;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Plans with their areas, ratios and multipliers; every state change is a conditional update. */
@Mapper
public interface PlanMapper {

    void insert(@Param("key") GeneratedKey key, @Param("p") PlanRow plan, @Param("by") String by,
                @Param("nowMs") long nowMs);

    void insertAreas(@Param("planId") long planId, @Param("areas") List<String> areas);

    void insertRatios(@Param("planId") long planId, @Param("values") List<LevelValue> values);

    void insertMultipliers(@Param("planId") long planId, @Param("values") List<LevelValue> values);

    Optional<PlanRow> find(@Param("id") long id);

    List<String> areas(@Param("id") long id);

    List<LevelValue> ratios(@Param("id") long id);

    List<LevelValue> multipliers(@Param("id") long id);

    /** Moves the plan from {@code from} to {@code to}; 0 rows when another request got there first. */
    int transition(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("nowMs") long nowMs);

    int setPrevious(@Param("id") long id, @Param("previousPlanId") Long previousPlanId);

    int cancel(@Param("id") long id, @Param("reason") String reason, @Param("nowMs") long nowMs);

    int publish(@Param("id") long id, @Param("nowMs") long nowMs);

    int publishResults(@Param("id") long id, @Param("nowMs") long nowMs);

    /** The latest other drawn plan of the same matter: its teams may not visit the same targets again. */
    Optional<Long> previousPlan(@Param("matterId") long matterId, @Param("planId") long planId);

    List<PlanRow> list(@Param("publishedOnly") boolean publishedOnly, @Param("offset") long offset,
                       @Param("limit") int limit);

    long count(@Param("publishedOnly") boolean publishedOnly);
}
