package cn.zhifa.credential.domain;

/**
 * What the credential rules need to know about an officer.
 *
 * @param legalQualification holds the 国家统一法律职业资格
 */
public record OfficerStanding(EmploymentType employmentType, PostStatus postStatus, boolean legalQualification,
                              String agencyCode) {
}
