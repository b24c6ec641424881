package cn.zhifa.planner.mapper;

import cn.zhifa.db.GeneratedKey;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** The draw, its strata, inspections, team memberships and replacements. */
@Mapper
public interface DrawMapper {

    void insertDraw(@Param("d") DrawRow draw, @Param("by") String by, @Param("jobId") Long jobId);

    void insertAttempt(@Param("a") DrawAttemptRow attempt, @Param("by") String by);

    /** Ends the plan's {@code started} attempt with its outcome; 0 rows when it has none (or it already ended). */
    int completeAttempt(@Param("planId") long planId, @Param("started") String started,
                        @Param("outcome") String outcome, @Param("problemCode") String problemCode,
                        @Param("reason") String reason, @Param("jobId") Long jobId, @Param("endedAtMs") long endedAtMs);

    /** The draw attempts of the plan's seal (at most one). */
    List<DrawAttemptRow> attempts(@Param("planId") long planId);

    /** Copies the drawn targets' names from the directory onto the plan's inspections. */
    int snapshotTargetNames(@Param("planId") long planId);

    /** The queued job that made the plan's draw (null for a draw made outside the queue). */
    Long drawJobId(@Param("planId") long planId);

    Optional<DrawRow> findDraw(@Param("planId") long planId);

    void insertStrata(@Param("planId") long planId, @Param("rows") List<StratumRow> rows);

    List<StratumRow> strata(@Param("planId") long planId);

    void insertInspections(@Param("planId") long planId, @Param("rows") List<SealTargetRow> drawn);

    List<InspectionRow> inspections(@Param("planId") long planId);

    void insertMembers(@Param("rows") List<MemberRow> rows);

    List<MemberRow> members(@Param("planId") long planId);

    void insertReplacement(@Param("key") GeneratedKey key, @Param("r") ReplacementRow replacement,
                           @Param("by") String by);

    int deactivateMember(@Param("memberId") long memberId, @Param("replacementId") long replacementId);

    List<ReplacementRow> replacements(@Param("planId") long planId);

    int nextReplacementSeq(@Param("planId") long planId);
}
