package cn.zhifa.training.mapper;

import cn.zhifa.db.GeneratedKey;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Optional;

/** {@code trn_import_batch}: one row per file imported, found again by the file's hash. */
@Mapper
public interface ImportBatchMapper {
    /** Claims the file: fails on the unique hash if the file was imported (or is being imported) already. */
    void insert(@Param("batch") ImportBatch batch, @Param("key") GeneratedKey key);

    void complete(@Param("id") long id, @Param("rowCount") int rowCount, @Param("halfHours") long halfHours);

    Optional<ImportBatch> findByHash(@Param("fileSha256") String fileSha256);
}
