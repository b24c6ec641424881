package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/** A target's result for a matter in another plan: which plan, and the day it was inspected. */
public record RecentInspectionRow(String creditCode, long planId, LocalDate inspectedOn) {
}
