package cn.zhifa.planner.mapper;

import java.math.BigDecimal;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;

/** Realised sampling of one stratum: eligible, effective ratio, drawn. */
public record StratumRow(RiskLevel riskLevel, CreditLevel creditLevel, int eligibleCount, BigDecimal effectiveRatio,
                         int drawnCount) {
}
