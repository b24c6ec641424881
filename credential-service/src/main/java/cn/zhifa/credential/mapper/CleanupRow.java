package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.CleanupReason;
import cn.zhifa.credential.domain.CredentialStatus;

import java.time.LocalDate;

/** An entry of the clean-up list with what identifies the credential and its holder. */
public record CleanupRow(String number, long officerId, String officerName, String agencyCode,
                         CredentialStatus status, LocalDate validUntil, CleanupReason reason, long listedAtMs) {
}
