package cn.zhifa.platform.contract;

import java.math.BigDecimal;

/**
 * Published by credential-service for exam-service: a passed qualification exam becomes the officer's exam record,
 * the same record {@code POST /api/v1/officers/{id}/exams} stores and eligibility reads, in the caller's transaction
 * (so a submission and its record commit or roll back together).
 */
public interface ExamRecords {
    /** The pass mark credential-service judges an exam record by ({@code zhifa.credential.exam.pass-mark}). */
    BigDecimal passMark();

    /**
     * Records a passed exam.
     *
     * @throws cn.zhifa.platform.error.ProblemException 404 when the officer is unknown, 400 when the record breaks
     *                                                  credential-service's rules (a score below its pass mark)
     */
    void recordPassed(PassedExam exam);
}
