package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.TransitionReason;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.math.BigDecimal;
import java.util.List;

/** The readable history ({@code cred_event}) and the annual reviews ({@code cred_review}). */
@Mapper
public interface HistoryMapper {
    void insertEvent(@Param("officerId") long officerId, @Param("credentialId") Long credentialId,
                     @Param("eventType") String eventType, @Param("fromStatus") CredentialStatus fromStatus,
                     @Param("toStatus") CredentialStatus toStatus, @Param("reason") TransitionReason reason,
                     @Param("note") String note, @Param("detail") String detail, @Param("actor") String actor,
                     @Param("nowMs") long nowMs);

    /** The credential's events and those of its officer alone, oldest first. */
    List<EventRow> eventsOfCredential(@Param("credentialId") long credentialId, @Param("officerId") long officerId);

    void insertReview(@Param("credentialId") long credentialId, @Param("year") int year,
                      @Param("passed") boolean passed, @Param("reasonCodes") String reasonCodes,
                      @Param("legalHours") BigDecimal legalHours, @Param("updateTrainings") Integer updateTrainings,
                      @Param("nowMs") long nowMs, @Param("reviewedBy") String reviewedBy);
}
