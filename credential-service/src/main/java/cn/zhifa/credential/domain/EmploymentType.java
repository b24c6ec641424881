package cn.zhifa.credential.domain;

/** 用工性质: how an officer is employed. Only establishment staff (在编) may hold a credential. */
public enum EmploymentType {
    /** 在编 */
    REGULAR,
    /** 合同工 */
    CONTRACT,
    /** 临时工 */
    TEMPORARY,
    /** 工勤人员 */
    SERVICE,
    /** 借用人员 */
    BORROWED,
    /** 试用期人员 */
    PROBATION,
    /** 行政执法辅助人员: recorded in the roster, never a credential holder. */
    ASSISTANT
}
