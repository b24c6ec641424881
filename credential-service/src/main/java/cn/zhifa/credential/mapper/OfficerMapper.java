package cn.zhifa.credential.mapper;

import cn.zhifa.db.GeneratedKey;

import cn.zhifa.credential.domain.Exam;
import cn.zhifa.credential.domain.Officer;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.List;
import java.util.Optional;

/** The roster: {@code cred_officer} with its categories, areas and exams. */
@Mapper
public interface OfficerMapper {
    int insert(@Param("o") Officer officer, @Param("nowMs") long nowMs, @Param("key") GeneratedKey key);

    Optional<OfficerRow> find(@Param("id") long id);

    /** The row, locked until the transaction ends: every change of an officer or their credentials takes it. */
    Optional<OfficerRow> lock(@Param("id") long id);

    Optional<OfficerRow> findByIdNumber(@Param("idNumber") String idNumber);

    /** Updates the scalar fields when {@code expectedVersion} is still current; 0 rows otherwise. */
    int update(@Param("o") Officer officer, @Param("expectedVersion") int expectedVersion, @Param("nowMs") long nowMs);

    List<String> categories(@Param("officerId") long officerId);

    List<String> areas(@Param("officerId") long officerId);

    void deleteCategories(@Param("officerId") long officerId);

    void deleteAreas(@Param("officerId") long officerId);

    void insertCategories(@Param("officerId") long officerId, @Param("codes") List<String> codes);

    void insertAreas(@Param("officerId") long officerId, @Param("codes") List<String> codes);

    void insertExam(@Param("officerId") long officerId, @Param("e") Exam exam, @Param("nowMs") long nowMs,
                    @Param("recordedBy") String recordedBy);

    List<Exam> exams(@Param("officerId") long officerId);
}
