package cn.zhifa.credential.domain;

/** 证件状态. */
public enum CredentialStatus {
    /** 有效 */
    ACTIVE,
    /** 暂扣 */
    SUSPENDED,
    /** 过期 */
    EXPIRED,
    /** 吊销: withdrawn as a penalty (misuse, serious misconduct). */
    REVOKED,
    /** 注销: withdrawn because the holder no longer enforces (retired, departed, transferred...), no penalty. */
    CANCELLED,
    /** 已收回 */
    RECOVERED,
    /** 已销毁 */
    DESTROYED
}
