package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CredentialActionTest {
    @Test
    void shouldResolveTheSixManualActionsFromTheirPathAndNothingElse() {
        assertEquals(Optional.of(CredentialAction.SUSPEND), CredentialAction.ofPath("suspend"));
        assertEquals(Optional.of(CredentialAction.REINSTATE), CredentialAction.ofPath("reinstate"));
        assertEquals(Optional.of(CredentialAction.REVOKE), CredentialAction.ofPath("revoke"));
        assertEquals(Optional.of(CredentialAction.RECOVER), CredentialAction.ofPath("recover"));
        assertEquals(Optional.of(CredentialAction.DESTROY), CredentialAction.ofPath("destroy"));
        assertEquals(Optional.of(CredentialAction.RENEW), CredentialAction.ofPath("renew"));
        assertEquals(Optional.empty(), CredentialAction.ofPath("expire"), "expiry is automatic");
        assertEquals(Optional.empty(), CredentialAction.ofPath("SUSPEND"));
        assertEquals(Optional.empty(), CredentialAction.ofPath("events"));
    }
}
