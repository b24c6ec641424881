package cn.zhifa.exam.mapper;

import cn.zhifa.db.GeneratedKey;
import cn.zhifa.exam.domain.Blueprint;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code exm_exam}, its blueprint, frozen pool and candidates; officers through {@code cred_v_exam_candidate}. */
@Mapper
public interface ExamMapper {
    void insert(@Param("e") ExamRow exam, @Param("createdAtMs") long createdAtMs, @Param("createdBy") String createdBy,
                @Param("key") GeneratedKey key);

    void insertCells(@Param("examId") long examId, @Param("cells") List<Blueprint.Cell> cells);

    void insertPool(@Param("examId") long examId, @Param("questionIds") Collection<Long> questionIds);

    Optional<ExamRow> find(@Param("id") long id);

    /** {@code agencies}: the province-wide exams and those of these agencies only (null: every exam). */
    List<ExamRow> list(@Param("agencies") List<String> agencies, @Param("offset") long offset,
                       @Param("limit") int limit);

    long count(@Param("agencies") List<String> agencies);

    /** The exams {@code officerId} is registered for, newest window first. */
    List<ExamRow> forOfficer(@Param("officerId") long officerId);

    List<Blueprint.Cell> cells(@Param("examId") long examId);

    /** The pool's questions (every version drawn from, retired or not). */
    List<QuestionRow> pool(@Param("examId") long examId);

    List<CandidateOfficer> officers(@Param("ids") Collection<Long> officerIds);

    void insertCandidate(@Param("examId") long examId, @Param("officerId") long officerId,
                        @Param("exempt") boolean exempt, @Param("atMs") long atMs, @Param("by") String by);

    /** Which of these officers are registered already. */
    List<Long> registered(@Param("examId") long examId, @Param("ids") Collection<Long> officerIds);

    Optional<CandidateRow> candidate(@Param("examId") long examId, @Param("officerId") long officerId);

    /** {@code agencies}: only the candidates of these agencies (null: all; empty: none). */
    List<CandidateRow> candidates(@Param("examId") long examId, @Param("agencies") List<String> agencies);
}
