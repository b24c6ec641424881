package cn.zhifa.planner.domain;

/** 风险等级 of a target, the first axis of the draw's strata. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, VERY_HIGH
}
