package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.CredentialStatus;

import java.time.LocalDate;

/**
 * An officer with the latest credential, as the public roster and verification show them; the credential's
 * categories and areas as comma-separated codes ({@code null} for none).
 */
public record RosterEntryRow(long officerId, String name, String agencyCode, String position, long credentialId,
                             String number, CredentialStatus status, LocalDate validFrom, LocalDate validUntil,
                             String categoryCodes, String areaCodes) {
}
