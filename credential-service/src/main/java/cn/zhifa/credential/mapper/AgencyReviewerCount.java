package cn.zhifa.credential.mapper;

/** Per agency: officers holding an active credential, legal reviewers among them, and those without qualification. */
public record AgencyReviewerCount(String agencyCode, int officers, int reviewers, int unqualifiedReviewers) {
}
