package cn.zhifa.exam.domain;

/** The two legal-knowledge exams a credential needs; the kind names the exam record a pass becomes. */
public enum ExamKind {
    /** 综合法律知识考试: questions of topic {@link Question#COMPREHENSIVE_LAW}. */
    COMPREHENSIVE_LAW,
    /** 专业法律知识考试: questions whose topic is the exam's enforcement category code. */
    PROFESSIONAL_LAW;

    /** The question topic an exam of this kind draws from. */
    public String topic(String categoryCode) {
        return this == COMPREHENSIVE_LAW ? Question.COMPREHENSIVE_LAW : categoryCode;
    }

    /**
     * Whether a candidate is exempt: holders of the national legal professional qualification (法律职业资格) are
     * exempt from the comprehensive exam, never from the professional one.
     */
    public boolean exempts(boolean legalQualification) {
        return this == COMPREHENSIVE_LAW && legalQualification;
    }
}
