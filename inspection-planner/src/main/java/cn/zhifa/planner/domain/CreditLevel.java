package cn.zhifa.planner.domain;

/** 信用等级 of a target (A best, D worst), the second axis of the draw's strata. */
public enum CreditLevel {
    A, B, C, D
}
