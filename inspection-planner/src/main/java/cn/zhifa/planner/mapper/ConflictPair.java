package cn.zhifa.planner.mapper;

/** An officer and a target: a declared conflict, or a membership of a previous plan's team. */
public record ConflictPair(long officerId, String creditCode) {
}
