package cn.zhifa.credential.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * 持证资格: who may apply for and hold a credential (在编在岗, both exams passed). Every rule is checked
 * and every unmet one reported, so that HR and the judicial bureau see at once all that is missing.
 */
public final class EligibilityRules {
    /** 执法辅助人员不得持证. */
    public static final String ASSISTANT_NEVER_HOLDS = "ASSISTANT_NEVER_HOLDS";
    /** 合同工、临时工、工勤、借用、试用期人员不得持证; argument: the employment type. */
    public static final String EMPLOYMENT_TYPE_BARRED = "EMPLOYMENT_TYPE_BARRED";
    /** 不在岗; argument: the post status. */
    public static final String NOT_ON_POST = "NOT_ON_POST";
    /** 未通过综合法律知识考试 (and holds no exempting legal qualification). */
    public static final String COMPREHENSIVE_EXAM_MISSING = "COMPREHENSIVE_EXAM_MISSING";
    /** 未通过专业法律知识考试. */
    public static final String PROFESSIONAL_EXAM_MISSING = "PROFESSIONAL_EXAM_MISSING";

    private EligibilityRules() {
    }

    /** Every unmet rule, in a stable order; empty when the officer is eligible. */
    public static List<UnmetRule> check(OfficerStanding officer, Collection<Exam> exams, EligibilityPolicy policy) {
        List<UnmetRule> unmet = new ArrayList<>();
        if (officer.employmentType() == EmploymentType.ASSISTANT) {
            unmet.add(UnmetRule.of(ASSISTANT_NEVER_HOLDS));
        } else if (!policy.eligibleEmploymentTypes().contains(officer.employmentType())) {
            unmet.add(UnmetRule.of(EMPLOYMENT_TYPE_BARRED, officer.employmentType()));
        }
        if (officer.postStatus() != PostStatus.ON_POST) {
            unmet.add(UnmetRule.of(NOT_ON_POST, officer.postStatus()));
        }
        boolean exempt = officer.legalQualification() && policy.qualificationExemptsComprehensiveExam();
        if (!exempt && !passed(exams, ExamKind.COMPREHENSIVE_LAW)) {
            unmet.add(UnmetRule.of(COMPREHENSIVE_EXAM_MISSING));
        }
        if (!passed(exams, ExamKind.PROFESSIONAL_LAW)) {
            unmet.add(UnmetRule.of(PROFESSIONAL_EXAM_MISSING));
        }
        return List.copyOf(unmet);
    }

    private static boolean passed(Collection<Exam> exams, ExamKind kind) {
        return exams.stream().anyMatch(exam -> exam.kind() == kind && exam.passed());
    }
}
