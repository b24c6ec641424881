package cn.zhifa.planner.mapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.mybatis.cdi.Mapper;
import org.apache.ibatis.annotations.Param;

/** Check lists of matters (检查表, 音像记录事项清单) and the full-process records of inspections (现场检查记录). */
@Mapper
public interface FieldRecordMapper {

    /** Locks the matter's row until the transaction ends (so two new versions of its check list cannot collide). */
    Optional<Long> lockMatter(@Param("matterId") long matterId);

    Optional<ChecklistRow> latestChecklist(@Param("matterId") long matterId);

    Optional<ChecklistRow> checklist(@Param("matterId") long matterId, @Param("version") int version);

    List<ChecklistItemRow> checklistItems(@Param("matterId") long matterId, @Param("version") int version);

    void insertChecklist(@Param("matterId") long matterId, @Param("version") int version,
                         @Param("wholeVisitVideo") boolean wholeVisitVideo, @Param("by") String by,
                         @Param("nowMs") long nowMs);

    void insertChecklistItem(@Param("matterId") long matterId, @Param("version") int version,
                             @Param("itemNo") int itemNo, @Param("i") ChecklistItemRow item);

    Optional<FieldRecordRow> findRecord(@Param("inspectionId") long inspectionId);

    /** The record, its row locked until the transaction ends. */
    Optional<FieldRecordRow> lockRecord(@Param("inspectionId") long inspectionId);

    /** 0 when the inspection already has a record (checked in before). */
    int insertRecord(@Param("inspectionId") long inspectionId, @Param("nowMs") long nowMs,
                     @Param("officerId") long officerId, @Param("latitude") BigDecimal latitude,
                     @Param("longitude") BigDecimal longitude, @Param("accuracyMeters") BigDecimal accuracyMeters);

    /** The check list version the record keeps for one matter it covers (taken at check-in). */
    void insertRecordChecklist(@Param("inspectionId") long inspectionId, @Param("matterId") long matterId,
                               @Param("checklistVersion") int checklistVersion);

    /** The check list version kept for each matter the record covers, in matter order. */
    List<RecordChecklistRow> recordChecklists(@Param("inspectionId") long inspectionId);

    void setAcknowledgement(@Param("inspectionId") long inspectionId, @Param("name") String name,
                            @Param("position") String position, @Param("refused") boolean refused,
                            @Param("note") String note, @Param("nowMs") long nowMs);

    void touch(@Param("inspectionId") long inspectionId);

    void setFinal(@Param("inspectionId") long inspectionId, @Param("nowMs") long nowMs);

    List<FindingRow> findings(@Param("inspectionId") long inspectionId);

    void deleteFinding(@Param("inspectionId") long inspectionId, @Param("matterId") long matterId,
                       @Param("itemCode") String itemCode);

    void insertFinding(@Param("inspectionId") long inspectionId, @Param("f") FindingRow finding);

    List<SignatureRow> signatures(@Param("inspectionId") long inspectionId);

    void insertConfirmation(@Param("inspectionId") long inspectionId, @Param("officerId") long officerId,
                            @Param("nowMs") long nowMs);

    /** Removes every signature: the record they signed changed. */
    int clearConfirmations(@Param("inspectionId") long inspectionId);

    /** The active team as the door QR shows it: name, credential number, the credential's live status. */
    List<DoorMemberRow> doorTeam(@Param("inspectionId") long inspectionId);
}
