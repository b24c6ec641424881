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
        Actor actor = currentActor.get();
        AuditHead head = mapper.lockHead();
        AuditEvent event = new AuditEvent(head.seq() + 1, Math.max(clock.millis(), head.occurredAtMs()),
                actor.subject(), actor.roles().isEmpty() ? "anonymous" : actor.rolesText(), action, entityType,
                entityId, JSON.toJson(summary == null ? Map.of() : summary), reason, head.hash(), null).sealed();
        mapper.insertEvent(event);
        mapper.updateHead(new AuditHead(event.seq(), event.hash(), event.occurredAtMs()));
        return event;
    }
}
