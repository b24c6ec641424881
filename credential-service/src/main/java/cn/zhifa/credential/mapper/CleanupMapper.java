package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.CleanupReason;
import cn.zhifa.credential.domain.CredentialAction;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The clean-up list ({@code cred_cleanup_item}). */
@Mapper
public interface CleanupMapper {
    Optional<CleanupReason> reasonOf(@Param("credentialId") long credentialId);

    /** {@code action} is the reason's required action, stored for readers of the table. */
    void insert(@Param("credentialId") long credentialId, @Param("reason") CleanupReason reason,
                @Param("action") CredentialAction action, @Param("nowMs") long nowMs);

    void updateReason(@Param("credentialId") long credentialId, @Param("reason") CleanupReason reason,
                      @Param("action") CredentialAction action, @Param("nowMs") long nowMs);

    void delete(@Param("credentialId") long credentialId);

    /**
     * Every entry of a credential of the agencies, the longest-listed first.
     *
     * @param agencies the credentials' agencies; null for all, empty for none
     */
    List<CleanupRow> list(@Param("agencies") Collection<String> agencies);
}
