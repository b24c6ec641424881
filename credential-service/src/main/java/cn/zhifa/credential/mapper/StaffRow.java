package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.CredentialStatus;
import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.PostStatus;

import java.time.LocalDate;

/**
 * An officer of the staff roster (HR, judicial bureau) with the newest credential, if any: the credential
 * fields are null for an officer who never held one.
 */
public record StaffRow(long id, String name, String idNumber, String agencyCode, String position,
                       EmploymentType employmentType, PostStatus postStatus, int version, String credentialNumber,
                       CredentialStatus credentialStatus, LocalDate validUntil) {
}
