package cn.zhifa.planner.mapper;

/** How many inspections were drawn, and how many of them show every result (each matter's, for a joint one). */
public record InspectionCounts(long drawn, long inspected) {
}
