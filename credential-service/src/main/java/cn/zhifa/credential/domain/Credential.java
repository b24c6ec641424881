package cn.zhifa.credential.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An issued credential (行政执法证件): its number, issuing agency, status with the reason of its last
 * change, and the categories and areas it covers (copied from the officer at issue and at renewal).
 */
public record Credential(long id, String number, long officerId, String agencyCode, CredentialStatus status,
                         TransitionReason statusReason, LocalDate issuedOn, LocalDate validFrom,
                         LocalDate validUntil, int version, List<String> categories, List<String> areas) {
    public Credential {
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
    }

    /** The status on {@code today}, counting an ended validity period as expired. */
    public CredentialStatus statusOn(LocalDate today) {
        return CredentialLifecycle.effectiveStatus(status, validUntil, today);
    }

    public CardFace face() {
        return new CardFace(number, validFrom, validUntil);
    }
}
