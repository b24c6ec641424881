package cn.zhifa.credential.domain;

/** 岗位状态. */
public enum PostStatus {
    /** 在岗 */
    ON_POST,
    /** 离岗 */
    OFF_POST,
    /** 退休 */
    RETIRED,
    /** 离职 / 调离 */
    DEPARTED
}
