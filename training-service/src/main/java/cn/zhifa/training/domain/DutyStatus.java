package cn.zhifa.training.domain;

/** Where an officer stands with the yearly duty on a given day. */
public enum DutyStatus {
    /** Every duty of the year is met. */
    COMPLIANT,
    /** The year is still running and the legal hours keep pace with the pro-rata share (按进度). */
    ON_TRACK,
    /** The year is still running and the legal hours lag behind the pro-rata share. */
    BEHIND,
    /** The year is over and a duty is unmet (未达标). */
    NOT_COMPLIANT
}
