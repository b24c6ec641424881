package cn.zhifa.credential.domain;

import java.util.List;

/**
 * An officer of the roster (行政执法人员) with the enforcement categories (执法类别) and areas (执法区域)
 * the officer works in. {@code idNumber} is personal data: shown only to HR, the judicial bureau and the
 * officer.
 */
public record Officer(long id, String name, String idNumber, String agencyCode, String position,
                      EmploymentType employmentType, PostStatus postStatus, boolean legalQualification,
                      boolean legalReviewer, int version, List<String> categories, List<String> areas) {
    public Officer {
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
    }

    public OfficerStanding standing() {
        return new OfficerStanding(employmentType, postStatus, legalQualification, agencyCode);
    }

    @Override
    public String toString() {
        // Keeps the identity number out of any log line or message that prints the record.
        return "Officer[id=" + id + ", agency=" + agencyCode + ", version=" + version + "]";
    }
}
