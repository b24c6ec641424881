package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.TransitionReason;
import cn.zhifa.credential.mapper.HistoryMapper;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;

import java.time.Clock;

/**
 * Records every change twice, inside the caller's transaction: as a readable event of the officer or
 * credential ({@code cred_event}, shown by the events endpoint) and in the shared tamper-evident audit
 * chain. Summaries never contain the identity number.
 */
@ApplicationScoped
public class CredentialHistory {
    static final String OFFICER = "officer";
    static final String CREDENTIAL = "credential";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private final HistoryMapper mapper;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public CredentialHistory(HistoryMapper mapper, AuditLog audit, CurrentActor actor, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** A change of the officer alone (created, changed, exam recorded). */
    void officerEvent(long officerId, String eventType, Object summary) {
        String detail = JSON.toJson(summary);
        mapper.insertEvent(officerId, null, eventType, null, null, null, null, detail, actor.get().subject(),
                clock.millis());
        audit.record(eventType, OFFICER, String.valueOf(officerId), summary, null);
    }

    /** A change of a credential: issue, a transition, a review. */
    void credentialEvent(Credential credential, String eventType, CredentialStatus from, CredentialStatus to,
                         TransitionReason reason, String note, Object summary) {
        mapper.insertEvent(credential.officerId(), credential.id(), eventType, from, to, reason, note,
                JSON.toJson(summary), actor.get().subject(), clock.millis());
        audit.record(eventType, CREDENTIAL, credential.number(), summary,
                reason == null ? note : note == null ? reason.name() : reason.name() + ": " + note);
    }
}
