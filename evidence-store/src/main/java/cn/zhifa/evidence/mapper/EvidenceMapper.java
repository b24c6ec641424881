package cn.zhifa.evidence.mapper;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.List;
import java.util.Optional;

@Mapper
public interface EvidenceMapper {
    /** Inserts an UPLOADING row at offset 0 with an empty storage path. */
    void insert(NewEvidence evidence);

    void setStoragePath(@Param("id") long id, @Param("storagePath") String storagePath);

    Optional<EvidenceRow> find(@Param("id") long id);

    /** The inspection's completed uploads, in id order. */
    List<EvidenceRow> completedOf(@Param("inspectionId") long inspectionId);

    /** Moves the offset from {@code from} to {@code to} at {@code atMs}; 0 when another request moved it first. */
    int advance(@Param("id") long id, @Param("from") long from, @Param("to") long to, @Param("atMs") long atMs);

    /** Completes an upload whose every byte is stored ({@code objectKey}: in the object store; null: its file). */
    int complete(@Param("id") long id, @Param("length") long length, @Param("mediaType") String mediaType,
                 @Param("sha256") String sha256, @Param("by") String by, @Param("atMs") long atMs,
                 @Param("objectKey") String objectKey);

    /** Ends an UPLOADING row as REFUSED or ABANDONED; 0 when it is no longer uploading (or, abandoning, was active since). */
    int end(@Param("id") long id, @Param("state") String state, @Param("mediaType") String mediaType,
            @Param("activeBeforeMs") long activeBeforeMs);

    /** Uploads whose bytes stopped coming before {@code beforeMs}, oldest first. */
    List<EvidenceRow> abandoned(@Param("beforeMs") long beforeMs, @Param("limit") int limit);

    /** Completed evidence with an id above {@code afterId}, in id order (a page of the re-hash). */
    List<EvidenceRow> completedAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    /** When the newest re-hash run finished; empty before the first. */
    Optional<Long> lastRehashFinishedAt();

    void insertRehashRun(@Param("jobId") long jobId, @Param("startedAtMs") long startedAtMs,
                         @Param("finishedAtMs") long finishedAtMs, @Param("checked") long checked,
                         @Param("altered") long altered, @Param("missing") long missing,
                         @Param("firstIds") String firstIds);
}
