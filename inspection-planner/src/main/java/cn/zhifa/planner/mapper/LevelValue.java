package cn.zhifa.planner.mapper;

import java.math.BigDecimal;

/** A ratio of a risk level or a factor of a credit level. */
public record LevelValue(String level, BigDecimal value) {
}
