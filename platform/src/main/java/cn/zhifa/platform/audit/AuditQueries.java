package cn.zhifa.platform.audit;

import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reading and verifying the chain. */
@ApplicationScoped
public class AuditQueries {
    private final AuditMapper mapper;

    @Inject
    public AuditQueries(AuditMapper mapper) {
        this.mapper = mapper;
    }

    public Page<AuditEvent> events(String entityType, String entityId, PageRequest page) {
        return Page.of(mapper.findEvents(entityType, entityId, page.offset(), page.limit()), page,
                mapper.countEvents(entityType, entityId));
    }

    public AuditHead head() {
        return mapper.head();
    }

    /**
     * Walks the chain up to the head read first: events appended meanwhile lie beyond it, and every
     * event up to it is committed, since the head moves in the same transaction as its event.
     */
    public AuditVerification verify() {
        AuditHead head = mapper.head();
        AuditChain.Walk walk = new AuditChain.Walk();
        mapper.scanUpTo(head.seq(), context -> walk.accept(context.getResultObject()));
        return walk.result(head);
    }
}
