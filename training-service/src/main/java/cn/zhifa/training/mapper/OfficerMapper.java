package cn.zhifa.training.mapper;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads officers through credential-service's views {@code cred_v_officer} and {@code cred_v_officer_credential},
 * never its tables.
 */
@Mapper
public interface OfficerMapper {
    Optional<Officer> findById(@Param("id") long id);

    List<Officer> findByIds(@Param("ids") Collection<Long> ids);

    /** Which of {@code ids} are officers, in one query (an import chunk). */
    List<Long> existingIds(@Param("ids") Collection<Long> ids);

    /** The officers with these identity numbers (as stored), in one query (an import chunk). */
    List<Officer> findByIdNumbers(@Param("idNumbers") Collection<String> idNumbers);

    /** Credential number → its holder's officer id, for the numbers found, in one query (an import chunk). */
    List<CredentialHolder> findByCredentialNumbers(@Param("numbers") Collection<String> numbers);

    /** The agencies that issued the officer's credentials (any status), for the review's scope. */
    List<String> credentialIssuers(@Param("officerId") long officerId);

    /** The first officers by id (for the demo data). */
    List<Officer> first(@Param("limit") int limit);
}
