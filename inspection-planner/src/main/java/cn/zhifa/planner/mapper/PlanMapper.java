package cn.zhifa.planner.mapper;

import cn.zhifa.db.GeneratedKey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.zhifa.planner.domain.PlanState;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/**
 * Plans with their areas, ratios and multipliers; every state change is a conditional update whose states come
 * from {@link cn.zhifa.planner.domain.PlanLifecycle}.
 */
@Mapper
public interface PlanMapper {

    void insert(@Param("key") GeneratedKey key, @Param("p") PlanRow plan, @Param("by") String by,
                @Param("nowMs") long nowMs);

    void insertAreas(@Param("planId") long planId, @Param("areas") List<String> areas);

    void insertRatios(@Param("planId") long planId, @Param("values") List<LevelValue> values);

    void insertMultipliers(@Param("planId") long planId, @Param("values") List<LevelValue> values);

    Optional<PlanRow> find(@Param("id") long id);

    /** The plan with its row locked until the transaction ends ({@code SELECT ... FOR UPDATE}). */
    Optional<PlanRow> findForUpdate(@Param("id") long id);

    List<String> areas(@Param("id") long id);

    List<LevelValue> ratios(@Param("id") long id);

    List<LevelValue> multipliers(@Param("id") long id);

    /** Records the matters of a joint plan. */
    void insertMatters(@Param("planId") long planId, @Param("matterIds") List<Long> matterIds);

    /** The matters of a joint plan by id; empty for a plan of one matter. */
    List<Long> matters(@Param("id") long id);

    void insertConfirmation(@Param("planId") long planId, @Param("agencyCode") String agencyCode,
                            @Param("by") String by, @Param("nowMs") long nowMs);

    List<ConfirmationRow> confirmations(@Param("id") long id);

    /**
     * Moves the plan from one of {@code states} to {@code to}, setting the cancel reason when one is given; 0 rows
     * when the plan is in none of them (another request got there first).
     */
    int transition(@Param("id") long id, @Param("states") Collection<PlanState> states, @Param("to") PlanState to,
                   @Param("reason") String reason, @Param("nowMs") long nowMs);

    int setPrevious(@Param("id") long id, @Param("previousPlanId") Long previousPlanId);

    int publish(@Param("id") long id, @Param("states") Collection<PlanState> states, @Param("nowMs") long nowMs);

    int publishResults(@Param("id") long id, @Param("states") Collection<PlanState> states, @Param("nowMs") long nowMs);

    /** The latest other drawn plan of the same matter: its teams may not visit the same targets again. */
    Optional<Long> previousPlan(@Param("matterId") long matterId, @Param("planId") long planId,
                                @Param("drawn") PlanState drawn);

    /**
     * {@code publicOnly}: the plans the public sees, every one from its seal on; {@code agencies}: only the plans one
     * of whose matters is of these agencies (null: every plan; empty: none).
     */
    List<PlanRow> list(@Param("publicOnly") boolean publicOnly, @Param("agencies") List<String> agencies,
                       @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("publicOnly") boolean publicOnly, @Param("agencies") List<String> agencies);

    /** The agencies of the plan's matters (lead and, for a joint plan, the others) that name one, sorted. */
    List<String> agencies(@Param("planId") long planId);
}
