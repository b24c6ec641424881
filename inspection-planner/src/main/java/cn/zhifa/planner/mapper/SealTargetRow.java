package cn.zhifa.planner.mapper;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.DrawTarget;
import cn.zhifa.planner.domain.RiskLevel;

/** A frozen eligible target of a sealed plan. */
public record SealTargetRow(String creditCode, RiskLevel riskLevel, CreditLevel creditLevel, String areaCode) {

    public DrawTarget drawTarget() {
        return new DrawTarget(creditCode, riskLevel, creditLevel);
    }
}
