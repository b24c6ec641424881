package cn.zhifa.exam.mapper;

import cn.zhifa.db.GeneratedKey;
import cn.zhifa.exam.domain.DrawnQuestion;
import cn.zhifa.platform.audit.AuditEvent;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.mybatis.cdi.Mapper;

import java.util.List;
import java.util.Optional;

/** {@code exm_sitting} and its paper {@code exm_sitting_question}. */
@Mapper
public interface SittingMapper {
    void insert(@Param("examId") long examId, @Param("officerId") long officerId, @Param("startedAtMs") long startedAtMs,
                @Param("endsAtMs") long endsAtMs, @Param("device") String device, @Param("key") GeneratedKey key);

    void insertPaper(@Param("sittingId") long sittingId, @Param("paper") List<DrawnQuestion> paper);

    Optional<SittingRow> find(@Param("id") long id);

    Optional<SittingRow> findByCandidate(@Param("examId") long examId, @Param("officerId") long officerId);

    /** The sitting locked until the transaction ends: starts, saves, take-overs and submissions serialise on it. */
    Optional<SittingRow> lock(@Param("id") long id);

    Optional<SittingRow> lockByCandidate(@Param("examId") long examId, @Param("officerId") long officerId);

    int takeOver(@Param("id") long id, @Param("device") String device);

    List<PaperQuestionRow> paper(@Param("sittingId") long sittingId);

    /** One question of a sitting's paper (what saving an answer needs). */
    Optional<PaperQuestionRow> paperQuestion(@Param("sittingId") long sittingId, @Param("questionId") long questionId);

    int saveChoice(@Param("sittingId") long sittingId, @Param("questionId") long questionId,
                   @Param("choice") String choice, @Param("atMs") long atMs);

    /** Marks the questions of the scored sittings right (those at their right positions) or wrong (all others). */
    int markScored(@Param("scored") List<ScoredSitting> scored);

    /** Submits the scored sittings (those not submitted yet) at {@code atMs}. */
    int submitAll(@Param("scored") List<ScoredSitting> scored, @Param("atMs") long atMs, @Param("how") String how);

    /** The sittings among {@code ids} not submitted whose time ran out by {@code nowMs}, locked, by id. */
    List<SittingRow> lockOverdue(@Param("ids") List<Long> ids, @Param("nowMs") long nowMs);

    /** The saved choices and right answers of the given sittings' papers, by sitting and position. */
    List<AnswerRow> answers(@Param("sittingIds") List<Long> sittingIds);

    /** Appends an event to a sitting's own chain (its seq is the chain's next number). */
    void insertEvent(@Param("sittingId") long sittingId, @Param("e") AuditEvent event);

    /** Moves the head of a sitting's chain. */
    int moveChainHead(@Param("id") long id, @Param("count") long count, @Param("head") String head);

    /** Every sitting with its chain's events, by sitting and event, streamed to the handler. */
    void scanChains(ResultHandler<ChainRow> handler);

    /** Sittings not submitted whose time ran out by {@code nowMs}, oldest end first. */
    List<Long> overdue(@Param("nowMs") long nowMs, @Param("limit") int limit);

    List<ResponseRow> responses(@Param("examId") long examId);
}
