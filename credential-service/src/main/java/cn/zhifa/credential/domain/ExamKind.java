package cn.zhifa.credential.domain;

/** The two legal-knowledge exams a credential needs. */
public enum ExamKind {
    /** 综合法律知识考试 */
    COMPREHENSIVE_LAW,
    /** 专业法律知识考试 */
    PROFESSIONAL_LAW
}
