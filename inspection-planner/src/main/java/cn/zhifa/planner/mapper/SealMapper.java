package cn.zhifa.planner.mapper;

import java.time.LocalDate;
import java.util.Collection;
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
     * Copies the eligible targets into the snapshot: area under one of the LIKE patterns and in the scope of one of
     * the matters (its industries, when it names some). Returns the number copied.
     */
    int snapshotTargets(@Param("planId") long planId, @Param("matterIds") List<Long> matterIds,
                        @Param("areaPatterns") List<String> areaPatterns);

    /** Records which of a joint plan's sealed targets fall in the scope of matter {@code m}. */
    int snapshotTargetMatter(@Param("planId") long planId, @Param("m") long matterId);

    /** The matters each sealed target of a joint plan falls in (none for a plan of one matter). */
    List<TargetMatterRow> targetMatters(@Param("planId") long planId);

    List<SealTargetRow> targets(@Param("planId") long planId);

    /** The sealed targets with their names: what the draw's preview lists. */
    List<PreviewTargetRow> previewTargets(@Param("planId") long planId);

    /**
     * The results (their days) for one of {@code matterIds} in other plans of the plan's sealed targets, from
     * {@code since} to the day before {@code before}, oldest first.
     */
    List<RecentInspectionRow> recentInspections(@Param("planId") long planId,
                                                @Param("matterIds") List<Long> matterIds,
                                                @Param("since") LocalDate since, @Param("before") LocalDate before);

    /**
     * The inspector directory's credentials that could serve a plan of the category from {@code startsOn}: ACTIVE
     * or SUSPENDED, valid on that day or later; each with the standing that decides whether it does.
     */
    List<CandidateRow> candidates(@Param("categories") Collection<String> categories,
                                  @Param("startsOn") LocalDate startsOn);

    /** The areas of the {@link #candidates} by credential number. */
    List<CredentialScopeRow> candidateAreas(@Param("categories") Collection<String> categories,
                                            @Param("startsOn") LocalDate startsOn);

    /** The categories of the {@link #candidates} by credential number. */
    List<CredentialScopeRow> candidateCategories(@Param("categories") Collection<String> categories,
                                                 @Param("startsOn") LocalDate startsOn);

    void insertInspectors(@Param("planId") long planId, @Param("rows") List<InspectorRow> rows);

    void insertInspectorAreas(@Param("planId") long planId, @Param("rows") List<ScopeRow> rows);

    void insertInspectorCategories(@Param("planId") long planId, @Param("rows") List<ScopeRow> rows);

    List<InspectorRow> inspectors(@Param("planId") long planId);

    List<ScopeRow> inspectorAreas(@Param("planId") long planId);

    List<ScopeRow> inspectorCategories(@Param("planId") long planId);

    /** Conflicts with the plan's eligible targets declared up to {@code untilMs} (a draw or a replacement). */
    List<ConflictPair> conflicts(@Param("planId") long planId, @Param("untilMs") long untilMs);
}
