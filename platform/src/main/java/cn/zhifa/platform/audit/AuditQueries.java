package cn.zhifa.platform.audit;

import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;

/** Reading and verifying the chain. */
@ApplicationScoped
public class AuditQueries {
    private final AuditMapper mapper;
    private final Instance<AnchoredChains> anchoredChains;

    @Inject
    public AuditQueries(AuditMapper mapper, @Any Instance<AnchoredChains> anchoredChains) {
        this.mapper = mapper;
        this.anchoredChains = anchoredChains;
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
     * event up to it is committed, since the head moves in the same transaction as its event. The anchored chains
     * ({@link AnchoredChains}) are fed the same events and walked after.
     */
    public AuditVerification verify() {
        AuditHead head = mapper.head();
        AuditChain.Walk walk = new AuditChain.Walk();
        List<AnchoredChains.Check> checks = anchoredChains.stream().map(AnchoredChains::check).toList();
        mapper.scanUpTo(head.seq(), context -> {
            AuditEvent event = context.getResultObject();
            walk.accept(event);
            checks.forEach(check -> check.accept(event));
        });
        return walk.result(head).with(checks.stream().map(AnchoredChains.Check::finish).toList());
    }
}
