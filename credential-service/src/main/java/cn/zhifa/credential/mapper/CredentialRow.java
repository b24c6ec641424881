package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.TransitionReason;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code cred_credential}. */
public record CredentialRow(long id, String number, long officerId, String agencyCode, CredentialStatus status,
                            TransitionReason statusReason, LocalDate issuedOn, LocalDate validFrom,
                            LocalDate validUntil, int version) {

    public Credential withScope(List<String> categories, List<String> areas) {
        return new Credential(id, number, officerId, agencyCode, status, statusReason, issuedOn, validFrom, validUntil,
                version, categories, areas);
    }
}
