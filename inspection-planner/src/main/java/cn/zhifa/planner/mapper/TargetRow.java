package cn.zhifa.planner.mapper;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;

/** A row of {@code insp_target} (检查对象). */
public record TargetRow(String creditCode, String name, String industry, String areaCode, RiskLevel riskLevel,
                        CreditLevel creditLevel, String address) {
}
