package cn.zhifa.credential.mapper;

import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.OfficerStanding;
import cn.zhifa.credential.domain.PostStatus;

import java.util.List;

/** A row of {@code cred_officer}. */
public record OfficerRow(long id, String name, String idNumber, String agencyCode, String position,
                         EmploymentType employmentType, PostStatus postStatus, boolean legalQualification,
                         boolean legalReviewer, int version) {

    public Officer withScope(List<String> categories, List<String> areas) {
        return new Officer(id, name, idNumber, agencyCode, position, employmentType, postStatus, legalQualification,
                legalReviewer, version, categories, areas);
    }

    public OfficerStanding standing() {
        return new OfficerStanding(employmentType, postStatus, legalQualification, agencyCode);
    }

    @Override
    public String toString() {
        return "OfficerRow[id=" + id + "]";
    }
}
