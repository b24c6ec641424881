package cn.zhifa.credential.service;

import cn.zhifa.platform.contract.ExamRecords;
import cn.zhifa.platform.contract.PassedExam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/**
 * Exam records as exam-service writes them when a sitting passes: through the same {@link OfficerService#recordExam}
 * as {@code POST /api/v1/officers/{id}/exams}, so the rules (pass from score and pass mark) and the audit event are
 * the same.
 */
@ApplicationScoped
public class ExamRecordsService implements ExamRecords {
    private final OfficerService officers;
    private final CredentialSettings settings;

    @Inject
    public ExamRecordsService(OfficerService officers, CredentialSettings settings) {
        this.officers = officers;
        this.settings = settings;
    }

    @Override
    public BigDecimal passMark() {
        return settings.examPassMark();
    }

    @Override
    public void recordPassed(PassedExam exam) {
        officers.recordExam(exam.officerId(), new ExamInput(exam.kind(), true, exam.score(), exam.takenOn()));
    }
}
