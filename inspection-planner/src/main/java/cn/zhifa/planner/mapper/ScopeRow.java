package cn.zhifa.planner.mapper;

/** An area or a category of an inspector's credential. */
public record ScopeRow(long officerId, String code) {
}
