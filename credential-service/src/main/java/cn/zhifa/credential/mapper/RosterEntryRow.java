package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.CredentialStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer with the latest credential, as the public roster and verification show them, with the credential's
 * category and area codes.
 */
public record RosterEntryRow(long officerId, String name, String agencyCode, String position, long credentialId,
                             String number, CredentialStatus status, LocalDate validFrom, LocalDate validUntil,
                             List<String> categoryCodes, List<String> areaCodes) {
}
