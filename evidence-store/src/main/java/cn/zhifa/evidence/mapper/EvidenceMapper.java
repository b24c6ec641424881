package cn.zhifa.evidence.mapper;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Optional;

@Mapper
public interface EvidenceMapper {
    /** Inserts an UPLOADING row at offset 0 with an empty storage path. */
    void insert(NewEvidence evidence);

    void setStoragePath(@Param("id") long id, @Param("storagePath") String storagePath);

    Optional<EvidenceRow> find(@Param("id") long id);

    /** Moves the offset from {@code from} to {@code to}; 0 when another request moved it first. */
    int advance(@Param("id") long id, @Param("from") long from, @Param("to") long to);

    /** Completes an upload whose every byte is stored. */
    int complete(@Param("id") long id, @Param("length") long length, @Param("mediaType") String mediaType,
                 @Param("sha256") String sha256, @Param("by") String by, @Param("atMs") long atMs);
}
