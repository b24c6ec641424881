package cn.zhifa.credential.domain;

/** 证件状态. */
public enum CredentialStatus {
    /** 有效 */
    ACTIVE,
    /** 暂扣 */
    SUSPENDED,
    /** 过期 */
    EXPIRED,
    /** 吊销 / 注销 */
    REVOKED,
    /** 已收回 */
    RECOVERED,
    /** 已销毁 */
    DESTROYED
}
