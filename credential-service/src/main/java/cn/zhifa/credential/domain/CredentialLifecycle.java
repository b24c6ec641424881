package cn.zhifa.credential.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.zhifa.credential.domain.CredentialAction.DESTROY;
import static cn.zhifa.credential.domain.CredentialAction.EXPIRE;
import static cn.zhifa.credential.domain.CredentialAction.RECOVER;
import static cn.zhifa.credential.domain.CredentialAction.REINSTATE;
import static cn.zhifa.credential.domain.CredentialAction.RENEW;
import static cn.zhifa.credential.domain.CredentialAction.REVOKE;
import static cn.zhifa.credential.domain.CredentialAction.SUSPEND;
import static cn.zhifa.credential.domain.CredentialStatus.ACTIVE;
import static cn.zhifa.credential.domain.CredentialStatus.CANCELLED;
import static cn.zhifa.credential.domain.CredentialStatus.DESTROYED;
import static cn.zhifa.credential.domain.CredentialStatus.EXPIRED;
import static cn.zhifa.credential.domain.CredentialStatus.RECOVERED;
import static cn.zhifa.credential.domain.CredentialStatus.REVOKED;
import static cn.zhifa.credential.domain.CredentialStatus.SUSPENDED;

/**
 * The state machine of a credential:
 * <pre>
 *   ACTIVE --suspend--> SUSPENDED --reinstate--> ACTIVE
 *   ACTIVE | SUSPENDED --revoke--> REVOKED | CANCELLED --recover--> RECOVERED --destroy--> DESTROYED
 *   ACTIVE | SUSPENDED --expire--> EXPIRED --recover--> RECOVERED
 *   ACTIVE | EXPIRED --renew--> ACTIVE   (same number, new validity period)
 * </pre>
 * Every other (status, action) pair is illegal. Revoking for a penalty leads to REVOKED (吊销), for any other
 * reason to CANCELLED (注销); both allow the same actions.
 */
public final class CredentialLifecycle {
    private static final Map<CredentialStatus, Map<CredentialAction, CredentialStatus>> TRANSITIONS =
            new EnumMap<>(CredentialStatus.class);

    static {
        allow(ACTIVE, SUSPEND, SUSPENDED);
        allow(ACTIVE, REVOKE, REVOKED);
        allow(ACTIVE, EXPIRE, EXPIRED);
        allow(ACTIVE, RENEW, ACTIVE);
        allow(SUSPENDED, REINSTATE, ACTIVE);
        allow(SUSPENDED, REVOKE, REVOKED);
        // A suspension does not stop the clock: a suspended credential expires like an active one.
        allow(SUSPENDED, EXPIRE, EXPIRED);
        allow(EXPIRED, RENEW, ACTIVE);
        allow(EXPIRED, RECOVER, RECOVERED);
        allow(REVOKED, RECOVER, RECOVERED);
        allow(CANCELLED, RECOVER, RECOVERED);
        allow(RECOVERED, DESTROY, DESTROYED);
    }

    private CredentialLifecycle() {
    }

    private static void allow(CredentialStatus from, CredentialAction action, CredentialStatus to) {
        TRANSITIONS.computeIfAbsent(from, status -> new EnumMap<>(CredentialAction.class)).put(action, to);
    }

    /** The status the action leads to, or empty when the action is illegal in {@code from}. */
    public static Optional<CredentialStatus> next(CredentialStatus from, CredentialAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    /** The status the action leads to; throws when it is illegal. */
    public static CredentialStatus apply(CredentialStatus from, CredentialAction action) {
        return next(from, action).orElseThrow(() -> new IllegalTransitionException(from, action));
    }

    /** The status the action leads to for {@code reason}: a revocation that is no penalty is a cancellation. */
    public static CredentialStatus apply(CredentialStatus from, CredentialAction action, TransitionReason reason) {
        CredentialStatus to = apply(from, action);
        return to == REVOKED && !reason.penalty() ? CANCELLED : to;
    }

    /** The actions legal in {@code status}. */
    public static Set<CredentialAction> allowedActions(CredentialStatus status) {
        Map<CredentialAction, CredentialStatus> actions = TRANSITIONS.getOrDefault(status, Map.of());
        return actions.isEmpty() ? EnumSet.noneOf(CredentialAction.class) : EnumSet.copyOf(actions.keySet());
    }

    /**
     * The status as the public and every decision should see it on {@code today}: a credential whose
     * validity period has ended counts as expired even before the daily job has recorded it.
     */
    public static CredentialStatus effectiveStatus(CredentialStatus stored, LocalDate validUntil, LocalDate today) {
        return next(stored, EXPIRE).isPresent() && validUntil.isBefore(today) ? EXPIRED : stored;
    }

    /** The refusal of an illegal (status, action) pair. */
    public static final class IllegalTransitionException extends RuntimeException {
        /** The stable code of the refusal. */
        public static final String CODE = "CREDENTIAL_TRANSITION_ILLEGAL";

        private final CredentialStatus from;
        private final CredentialAction action;

        IllegalTransitionException(CredentialStatus from, CredentialAction action) {
            super("cannot " + action + " a credential that is " + from);
            this.from = from;
            this.action = action;
        }

        public CredentialStatus from() {
            return from;
        }

        public CredentialAction action() {
            return action;
        }
    }
}
