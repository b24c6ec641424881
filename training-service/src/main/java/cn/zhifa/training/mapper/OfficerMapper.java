package cn.zhifa.training.mapper;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads officers through credential-service's view {@code cred_v_officer}, never its tables. */
@Mapper
public interface OfficerMapper {
    Optional<Officer> findById(@Param("id") long id);

    List<Officer> findByIds(@Param("ids") Collection<Long> ids);

    /** Which of {@code ids} are officers: a light existence check for the import. */
    List<Long> existingIds(@Param("ids") Collection<Long> ids);

    List<Officer> findByIdNumbers(@Param("idNumbers") Collection<String> idNumbers);

    /** The first officers by id (for the demo data). */
    List<Officer> first(@Param("limit") int limit);
}
