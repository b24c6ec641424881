package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransitionReasonTest {
    @Test
    void shouldOfferAManualReasonForEveryManualActionAndNoneForExpiry() {
        for (CredentialAction action : CredentialAction.values()) {
            boolean offered = Arrays.stream(TransitionReason.values()).anyMatch(reason -> reason.allowsManual(action));
            assertTrue(offered == action.manual(), action.name());
        }
    }

    @Test
    void shouldKeepTheReasonsTheServiceRecordsOutOfPeoplesHands() {
        assertFalse(TransitionReason.ANNUAL_REVIEW_FAILED.allowsManual(CredentialAction.SUSPEND));
        assertTrue(TransitionReason.ANNUAL_REVIEW_FAILED.allows(CredentialAction.SUSPEND));
        assertFalse(TransitionReason.REVIEW_PASSED.allowsManual(CredentialAction.REINSTATE));
        assertFalse(TransitionReason.VALIDITY_ENDED.allowsManual(CredentialAction.EXPIRE));
    }

    @Test
    void shouldRefuseAReasonForAnotherAction() {
        assertFalse(TransitionReason.HOLDER_RETIRED.allows(CredentialAction.SUSPEND));
        assertFalse(TransitionReason.SCHEDULED_DESTRUCTION.allows(CredentialAction.RECOVER));
        assertTrue(TransitionReason.IMPROPER_USE.allowsManual(CredentialAction.SUSPEND));
        assertTrue(TransitionReason.IMPROPER_USE.allowsManual(CredentialAction.REVOKE));
        assertTrue(TransitionReason.LOST_DECLARED_VOID.allowsManual(CredentialAction.DESTROY));
    }
}
