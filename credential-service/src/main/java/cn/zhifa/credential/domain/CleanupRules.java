package cn.zhifa.credential.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a credential must be cleaned up (001 §五(一)): a live credential whose holder retired, left,
 * went off post, is no longer of an eligible employment type or moved to another agency must be revoked;
 * an expired or revoked one recovered; a recovered one destroyed.
 */
public final class CleanupRules {
    private CleanupRules() {
    }

    /**
     * The reason, if any, for a credential in {@code status} (valid until {@code validUntil}, issued by
     * {@code issuingAgency}) held by {@code holder}, on {@code today}.
     */
    public static Optional<CleanupReason> reason(CredentialStatus status, LocalDate validUntil, String issuingAgency,
                                                 OfficerStanding holder, EligibilityPolicy policy, LocalDate today) {
        return Optional.ofNullable(switch (CredentialLifecycle.effectiveStatus(status, validUntil, today)) {
            case ACTIVE, SUSPENDED -> holderReason(holder, issuingAgency, policy);
            case EXPIRED -> CleanupReason.EXPIRED;
            case REVOKED -> CleanupReason.REVOKED;
            case CANCELLED -> CleanupReason.CANCELLED;
            case RECOVERED -> CleanupReason.RECOVERED;
            case DESTROYED -> null;
        });
    }

    private static CleanupReason holderReason(OfficerStanding holder, String issuingAgency, EligibilityPolicy policy) {
        return switch (holder.postStatus()) {
            case RETIRED -> CleanupReason.HOLDER_RETIRED;
            case DEPARTED -> CleanupReason.HOLDER_DEPARTED;
            case OFF_POST -> CleanupReason.HOLDER_OFF_POST;
            case ON_POST -> {
                if (!policy.eligibleEmploymentTypes().contains(holder.employmentType())) {
                    yield CleanupReason.NO_LONGER_QUALIFIED;
                }
                yield holder.agencyCode().equals(issuingAgency) ? null : CleanupReason.HOLDER_TRANSFERRED;
            }
        };
    }
}
