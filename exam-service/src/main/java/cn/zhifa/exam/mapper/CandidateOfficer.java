package cn.zhifa.exam.mapper;

/** An officer as credential-service publishes it to exams ({@code cred_v_exam_candidate}). */
public record CandidateOfficer(long officerId, String name, String agencyCode, boolean legalQualification) {
}
