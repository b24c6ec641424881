package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.CredentialStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public may see of a credential holder (公示): name, agency, post, credential number, categories,
 * areas, validity and status as of today, and the authority that issued it (发证机关). Never the identity number.
 */
public record PublicCredential(String number, String name, Named agency, String position, List<Named> categories,
                               List<Named> areas, CredentialStatus status, LocalDate validFrom, LocalDate validUntil,
                               Named issuedBy) {
}
