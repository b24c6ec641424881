package cn.zhifa.exam.testing;

import cn.zhifa.platform.contract.ExamRecords;
import cn.zhifa.platform.contract.PassedExam;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for credential-service, which this module's tests do not deploy: keeps the passed exams reported to it
 * (the app's ExamRecordsWiringTest checks the real one) and judges by a pass mark of 60.
 */
@ApplicationScoped
public class RecordingExamRecords implements ExamRecords {
    private static final List<PassedExam> RECORDED = new CopyOnWriteArrayList<>();

    public static List<PassedExam> of(long officerId) {
        return RECORDED.stream().filter(e -> e.officerId() == officerId).toList();
    }

    @Override
    public BigDecimal passMark() {
        return new BigDecimal("60");
    }

    @Override
    public void recordPassed(PassedExam exam) {
        RECORDED.add(exam);
    }
}
