package cn.zhifa.exam.mapper;

import cn.zhifa.exam.domain.SittingChain;
import cn.zhifa.platform.audit.AuditEvent;

/**
 * A sitting's chain head with one of its events (the event's columns null for a sitting whose chain is empty), as the
 * verification streams them: by sitting, then event.
 */
public record ChainRow(long sittingId, long chainCount, String chainHead, Long seq, Long occurredAtMs,
                       String actorSubject, String actorRole, String action, String summary, String prevHash,
                       String hash) {
    public boolean hasEvent() {
        return seq != null;
    }

    /** The event as hashed: an audit event of entity {@code exam-sitting} and the sitting's id. */
    public AuditEvent event() {
        return new AuditEvent(seq, occurredAtMs, actorSubject, actorRole, action, SittingChain.ENTITY_TYPE,
                String.valueOf(sittingId), summary, null, prevHash, hash);
    }
}
