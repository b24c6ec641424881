package cn.zhifa.planner.mapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** The seal: the commitment and the frozen snapshots of eligible targets and inspectors. */
@Mapper
public interface SealMapper {

    void insert(@Param("s") SealRow seal, @Param("by") String by);

    Optional<SealRow> find(@Param("planId") long planId);

    /**
     * Copies the eligible targets into the snapshot: area under one of the LIKE patterns and, when the matter
     * names industries, one of them. Returns the number copied.
     */
    int snapshotTargets(@Param("planId") long planId, @Param("matterId") long matterId,
                        @Param("areaPatterns") List<String> areaPatterns);

    List<SealTargetRow> targets(@Param("planId") long planId);

    /** Inspectors whose credential is ACTIVE through the window and lists the category (areas checked after). */
    List<InspectorRow> candidateInspectors(@Param("category") String category, @Param("startsOn") LocalDate startsOn,
                                           @Param("endsOn") LocalDate endsOn);

    List<ScopeRow> candidateAreas(@Param("category") String category, @Param("startsOn") LocalDate startsOn,
                                  @Param("endsOn") LocalDate endsOn);

    List<ScopeRow> candidateCategories(@Param("category") String category, @Param("startsOn") LocalDate startsOn,
                                       @Param("endsOn") LocalDate endsOn);

    void insertInspectors(@Param("planId") long planId, @Param("rows") List<InspectorRow> rows);

    void insertInspectorAreas(@Param("planId") long planId, @Param("rows") List<ScopeRow> rows);

    void insertInspectorCategories(@Param("planId") long planId, @Param("rows") List<ScopeRow> rows);

    List<InspectorRow> inspectors(@Param("planId") long planId);

    List<ScopeRow> inspectorAreas(@Param("planId") long planId);

    List<ScopeRow> inspectorCategories(@Param("planId") long planId);

    /** Conflicts with the plan's eligible targets declared up to {@code untilMs} (a draw or a replacement). */
    List<ConflictPair> conflicts(@Param("planId") long planId, @Param("untilMs") long untilMs);
}
