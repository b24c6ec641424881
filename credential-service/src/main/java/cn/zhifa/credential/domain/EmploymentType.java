package cn.zhifa.credential.domain;

/** 用工性质: how an officer is employed. Only establishment staff (在编) may hold a credential. */
public enum EmploymentType {
    REGULAR("在编"),
    CONTRACT("合同工"),
    TEMPORARY("临时工"),
    SERVICE("工勤人员"),
    BORROWED("借用人员"),
    PROBATION("试用期人员"),
    /** Recorded in the roster, never a credential holder. */
    ASSISTANT("执法辅助人员");

    private final String chineseName;

    EmploymentType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name a roster sheet writes (在编, 合同工, ...), accepted by the import beside the code. */
    public String chineseName() {
        return chineseName;
    }
}
