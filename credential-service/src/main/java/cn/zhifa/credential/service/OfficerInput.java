package cn.zhifa.credential.service;

import java.util.List;

/**
 * A new officer as HR enters it (API body or import row). Enumerations arrive as text so that a wrong
 * value becomes a field error rather than an unreadable body.
 */
public record OfficerInput(String name, String idNumber, String agencyCode, String position, String employmentType,
                           String postStatus, List<String> categories, List<String> areas, Boolean legalQualification,
                           Boolean legalReviewer) {
    @Override
    public String toString() {
        return "OfficerInput[agency=" + agencyCode + "]";
    }
}
