package cn.zhifa.platform.audit;

import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes audit events. Call it from inside the service's transaction, as its last step, so the event
 * commits or rolls back with the change and the head lock is held for the shortest time.
 */
@ApplicationScoped
public class AuditLog {
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private final AuditMapper mapper;
    private final CurrentActor currentActor;
    private final Clock clock;

    @Inject
    public AuditLog(AuditMapper mapper, CurrentActor currentActor, Clock clock) {
        this.mapper = mapper;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Appends an event to the chain.
     *
     * @param action     what happened, e.g. {@code CREDENTIAL_REVOKED}
     * @param entityType e.g. {@code credential}
     * @param entityId   the entity's id or number
     * @param summary    what changed: a record or map, stored as JSON
     * @param reason     why, if the actor gave a reason (may be null)
     */
    @Transactional(rollbackFor = Exception.class)
    public AuditEvent record(String action, String entityType, String entityId, Object summary, String reason) {
        return recordAll(List.of(new Entry(action, entityType, entityId, summary, reason))).getFirst();
    }

    /** One event to append: the arguments of {@link #record}. */
    public record Entry(String action, String entityType, String entityId, Object summary, String reason) {
    }

    /**
     * Appends several events in order, with one lock of the head, one insert and one update of the head: what a job
     * that changes many records in one transaction uses (the exam timeout job submitting hundreds of sittings).
     */
    @Transactional(rollbackFor = Exception.class)
    public List<AuditEvent> recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        AuditHead head = mapper.lockHead();
        List<AuditEvent> events = new ArrayList<>(entries.size());
        long seq = head.seq();
        String previous = head.hash();
        long at = head.occurredAtMs();
        for (Entry entry : entries) {
            AuditEvent event = link(entry.action(), entry.entityType(), entry.entityId(), entry.summary(),
                    entry.reason(), ++seq, previous, at);
            events.add(event);
            previous = event.hash();
            at = event.occurredAtMs();
        }
        mapper.insertEvents(events);
        AuditEvent last = events.getLast();
        mapper.updateHead(new AuditHead(last.seq(), last.hash(), last.occurredAtMs()));
        return events;
    }

    /**
     * A sealed event that is not stored here: the link {@code seq} of a chain of the caller's own that follows
     * {@code previousHash} (an anchored chain, see {@link AnchoredChains}), with the current actor, the clock (not
     * before {@code notBeforeMs}) and the summary as JSON, exactly as an event of the main chain is made, so one
     * canonical form and one verification serve both.
     */
    public AuditEvent link(String action, String entityType, String entityId, Object summary, String reason,
                           long seq, String previousHash, long notBeforeMs) {
        Actor actor = currentActor.get();
        return new AuditEvent(seq, Math.max(clock.millis(), notBeforeMs), actor.subject(),
                actor.roles().isEmpty() ? "anonymous" : actor.rolesText(), action, entityType, entityId,
                JSON.toJson(summary == null ? Map.of() : summary), reason, previousHash, null).sealed();
    }
}
