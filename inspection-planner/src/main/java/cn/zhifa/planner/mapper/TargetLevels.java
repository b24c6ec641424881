package cn.zhifa.planner.mapper;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;

/** A target's risk and credit level, as the import compares them and the history keeps them. */
public record TargetLevels(String creditCode, RiskLevel riskLevel, CreditLevel creditLevel) {
}
