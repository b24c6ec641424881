package cn.zhifa.credential.domain;

/** 岗位状态. */
public enum PostStatus {
    ON_POST("在岗"),
    OFF_POST("离岗"),
    RETIRED("退休"),
    /** 离职 / 调离 */
    DEPARTED("离职");

    private final String chineseName;

    PostStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name a roster sheet writes (在岗, 离岗, ...), accepted by the import beside the code. */
    public String chineseName() {
        return chineseName;
    }
}
