package cn.zhifa.platform.audit;

/**
 * One link of the chain. {@code summary} is the JSON text exactly as hashed; {@code occurredAtMs} is
 * epoch milliseconds so the stored value is the hashed value on every database.
 */
public record AuditEvent(long seq, long occurredAtMs, String actorSubject, String actorRole, String action,
                         String entityType, String entityId, String summary, String reason, String prevHash,
                         String hash) {

    /** This event with its hash computed over its other fields. */
    public AuditEvent sealed() {
        return new AuditEvent(seq, occurredAtMs, actorSubject, actorRole, action, entityType, entityId, summary,
                reason, prevHash, AuditChain.hash(this));
    }
}
