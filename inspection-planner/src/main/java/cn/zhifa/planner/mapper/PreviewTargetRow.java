package cn.zhifa.planner.mapper;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;

/** A sealed plan's eligible target as the draw's preview lists it. */
public record PreviewTargetRow(String creditCode, String name, RiskLevel riskLevel, CreditLevel creditLevel,
                               String areaCode) {
}
