package cn.zhifa.credential.mapper;

import cn.zhifa.db.GeneratedKey;

import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.TransitionReason;
import cn.zhifa.credential.domain.ValidityPeriod;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Credentials ({@code cred_credential}), their copied scope, validity terms and number serials. */
@Mapper
public interface CredentialMapper {
    int insert(@Param("number") String number, @Param("officerId") long officerId,
               @Param("agencyCode") String agencyCode, @Param("issuedOn") LocalDate issuedOn,
               @Param("period") ValidityPeriod period, @Param("nowMs") long nowMs, @Param("key") GeneratedKey key);

    /** Records the credential as the officer's newest, the one the rosters show. */
    void makeCurrent(@Param("officerId") long officerId, @Param("credentialId") long credentialId);

    Optional<CredentialRow> findByNumber(@Param("number") String number);

    Optional<CredentialRow> find(@Param("id") long id);

    /** The officer's credentials, newest first. */
    List<CredentialRow> ofOfficer(@Param("officerId") long officerId);

    /** Ids of credentials in these statuses whose validity ended before {@code day}. */
    List<Long> endedBefore(@Param("day") LocalDate day, @Param("statuses") List<CredentialStatus> statuses);

    /** Ids of every credential not yet destroyed. */
    List<Long> notDestroyed();

    int updateStatus(@Param("id") long id, @Param("expectedVersion") int expectedVersion,
                     @Param("status") CredentialStatus status, @Param("reason") TransitionReason reason,
                     @Param("nowMs") long nowMs);

    int updatePeriod(@Param("id") long id, @Param("period") ValidityPeriod period);

    List<String> categories(@Param("credentialId") long credentialId);

    List<String> areas(@Param("credentialId") long credentialId);

    void deleteCategories(@Param("credentialId") long credentialId);

    void deleteAreas(@Param("credentialId") long credentialId);

    void copyCategoriesFromOfficer(@Param("credentialId") long credentialId, @Param("officerId") long officerId);

    void copyAreasFromOfficer(@Param("credentialId") long credentialId, @Param("officerId") long officerId);

    void updateScopeCodes(@Param("credentialId") long credentialId, @Param("categories") List<String> categories,
                          @Param("areas") List<String> areas);

    void insertTerm(@Param("credentialId") long credentialId, @Param("period") ValidityPeriod period,
                    @Param("nowMs") long nowMs);

    /** Every validity period the credential has had, newest first. */
    List<ValidityPeriod> terms(@Param("credentialId") long credentialId);

    /**
     * Takes the next serial of a scope (1 for a new scope) in one statement: the upsert locks the scope's row
     * exclusively at once, where an update-then-insert made concurrent first issues of a scope upgrade shared
     * locks and deadlock.
     */
    void takeSerial(@Param("scope") String scope);

    long lastSerial(@Param("scope") String scope);

    boolean numberExists(@Param("number") String number);
}
