package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/** A drawn inspection with the target's name and its result, if recorded. */
public record InspectionRow(long id, long planId, String creditCode, String targetName, String areaCode,
                            String resultCode, LocalDate inspectedOn, String note, int version) {
}
