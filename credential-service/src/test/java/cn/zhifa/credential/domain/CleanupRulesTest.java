package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CleanupRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String AGENCY = "500115002";

    @Test
    void shouldDecideEveryStatusForEveryKindOfHolder() {
        int cases = 0;
        for (CredentialStatus status : CredentialStatus.values()) {
            for (PostStatus post : PostStatus.values()) {
                for (EmploymentType type : EmploymentType.values()) {
                    for (String holderAgency : new String[] {AGENCY, "500115003"}) {
                        OfficerStanding holder = new OfficerStanding(type, post, false, holderAgency);
                        assertEquals(Optional.ofNullable(expected(status, post, type, holderAgency)),
                                CleanupRules.reason(status, TODAY, AGENCY, holder, EligibilityPolicy.standard(), TODAY),
                                status + "/" + post + "/" + type + "/" + holderAgency);
                        cases++;
                    }
                }
            }
        }
        assertEquals(7 * 4 * 7 * 2, cases);
    }

    private static CleanupReason expected(CredentialStatus status, PostStatus post, EmploymentType type, String agency) {
        return switch (status) {
            case DESTROYED -> null;
            case RECOVERED -> CleanupReason.RECOVERED;
            case REVOKED -> CleanupReason.REVOKED;
            case CANCELLED -> CleanupReason.CANCELLED;
            case EXPIRED -> CleanupReason.EXPIRED;
            case ACTIVE, SUSPENDED -> post == PostStatus.RETIRED ? CleanupReason.HOLDER_RETIRED
                    : post == PostStatus.DEPARTED ? CleanupReason.HOLDER_DEPARTED
                    : post == PostStatus.OFF_POST ? CleanupReason.HOLDER_OFF_POST
                    : type != EmploymentType.REGULAR ? CleanupReason.NO_LONGER_QUALIFIED
                    : !agency.equals(AGENCY) ? CleanupReason.HOLDER_TRANSFERRED
                    : null;
        };
    }

    @Test
    void shouldListALiveCredentialPastItsValidityAsExpiredBeforeTheJobRuns() {
        OfficerStanding holder = new OfficerStanding(EmploymentType.REGULAR, PostStatus.ON_POST, false, AGENCY);
        assertEquals(Optional.of(CleanupReason.EXPIRED), CleanupRules.reason(CredentialStatus.ACTIVE,
                TODAY.minusDays(1), AGENCY, holder, EligibilityPolicy.standard(), TODAY));
        assertEquals(Optional.empty(), CleanupRules.reason(CredentialStatus.ACTIVE,
                TODAY, AGENCY, holder, EligibilityPolicy.standard(), TODAY));
    }

    @Test
    void shouldNameTheNextStepOfEveryReason() {
        assertEquals(CredentialAction.REVOKE, CleanupReason.HOLDER_RETIRED.requiredAction());
        assertEquals(TransitionReason.HOLDER_RETIRED, CleanupReason.HOLDER_RETIRED.suggestedReason());
        assertEquals(CredentialAction.RECOVER, CleanupReason.EXPIRED.requiredAction());
        assertEquals(CredentialAction.RECOVER, CleanupReason.REVOKED.requiredAction());
        assertEquals(CredentialAction.DESTROY, CleanupReason.RECOVERED.requiredAction());
        for (CleanupReason reason : CleanupReason.values()) {
            assertEquals(true, reason.suggestedReason().allowsManual(reason.requiredAction()), reason.name());
        }
    }
}
