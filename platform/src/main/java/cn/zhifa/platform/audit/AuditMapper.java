package cn.zhifa.platform.audit;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.mybatis.cdi.Mapper;

import java.util.List;

/** The chain's tables {@code shr_audit_event} and {@code shr_audit_head}. */
@Mapper
public interface AuditMapper {
    /** The head, locked until the transaction ends: serialises writers across every instance. */
    AuditHead lockHead();

    AuditHead head();

    /** Several events in one statement, in the given order. */
    void insertEvents(@Param("events") List<AuditEvent> events);

    void updateHead(AuditHead head);

    List<AuditEvent> findEvents(@Param("entityType") String entityType, @Param("entityId") String entityId,
                                @Param("offset") long offset, @Param("limit") int limit);

    long countEvents(@Param("entityType") String entityType, @Param("entityId") String entityId);

    /** Every event up to {@code maxSeq} in ascending sequence, streamed to the handler. */
    void scanUpTo(@Param("maxSeq") long maxSeq, ResultHandler<AuditEvent> handler);
}
