package cn.zhifa.credential.domain;

import cn.zhifa.credential.domain.CredentialLifecycle.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialLifecycleTest {
    /** The legal transitions, written out as the issue states them; every pair not listed is illegal. */
    private static final Map<CredentialStatus, Map<CredentialAction, CredentialStatus>> LEGAL = Map.of(
            ACTIVE, Map.of(SUSPEND, SUSPENDED, REVOKE, REVOKED, EXPIRE, EXPIRED, RENEW, ACTIVE),
            SUSPENDED, Map.of(REINSTATE, ACTIVE, REVOKE, REVOKED, EXPIRE, EXPIRED),
            EXPIRED, Map.of(RENEW, ACTIVE, RECOVER, RECOVERED),
            REVOKED, Map.of(RECOVER, RECOVERED),
            CANCELLED, Map.of(RECOVER, RECOVERED),
            RECOVERED, Map.of(DESTROY, DESTROYED),
            DESTROYED, Map.of());

    @Test
    void shouldDecideEveryStatusAndActionPair() {
        int pairs = 0;
        for (CredentialStatus from : CredentialStatus.values()) {
            for (CredentialAction action : CredentialAction.values()) {
                Optional<CredentialStatus> expected = Optional.ofNullable(LEGAL.get(from).get(action));
                assertEquals(expected, CredentialLifecycle.next(from, action), from + " " + action);
                if (expected.isPresent()) {
                    assertEquals(expected.get(), CredentialLifecycle.apply(from, action));
                } else {
                    IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                            () -> CredentialLifecycle.apply(from, action), from + " " + action);
                    assertEquals(from, refused.from());
                    assertEquals(action, refused.action());
                }
                pairs++;
            }
        }
        assertEquals(7 * 7, pairs);
    }

    @Test
    void shouldRevokeAsAPenaltyOnlyForMisconductAndCancelOtherwise() {
        for (TransitionReason reason : TransitionReason.values()) {
            if (reason.allows(REVOKE)) {
                boolean penalty = reason == TransitionReason.IMPROPER_USE || reason == TransitionReason.SERIOUS_MISCONDUCT;
                assertEquals(penalty ? REVOKED : CANCELLED, CredentialLifecycle.apply(ACTIVE, REVOKE, reason), reason.name());
                assertEquals(penalty ? REVOKED : CANCELLED, CredentialLifecycle.apply(SUSPENDED, REVOKE, reason), reason.name());
            }
        }
        assertEquals(SUSPENDED, CredentialLifecycle.apply(ACTIVE, SUSPEND, TransitionReason.IMPROPER_USE));
    }

    @Test
    void shouldListTheAllowedActionsOfEveryStatus() {
        for (CredentialStatus status : CredentialStatus.values()) {
            EnumSet<CredentialAction> expected = EnumSet.noneOf(CredentialAction.class);
            expected.addAll(LEGAL.get(status).keySet());
            assertEquals(expected, CredentialLifecycle.allowedActions(status), status.name());
        }
    }

    @Test
    void shouldReachDestroyedOnlyThroughRecovered() {
        for (CredentialStatus status : CredentialStatus.values()) {
            assertEquals(status == RECOVERED, CredentialLifecycle.next(status, DESTROY).isPresent(), status.name());
        }
        assertTrue(CredentialLifecycle.allowedActions(DESTROYED).isEmpty());
    }

    @Test
    void shouldTreatALiveCredentialPastItsValidityAsExpired() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        for (CredentialStatus status : CredentialStatus.values()) {
            CredentialStatus expectedWhenPast = status == ACTIVE || status == SUSPENDED ? EXPIRED : status;
            assertEquals(expectedWhenPast, CredentialLifecycle.effectiveStatus(status, today.minusDays(1), today));
            assertEquals(status, CredentialLifecycle.effectiveStatus(status, today, today), "valid on its last day");
        }
    }
}
