package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/** An inspection of a drawn plan seen from an officer on its team, with plan, matter, target and result. */
public record AssignmentRow(long id, long planId, String planName, String matterName, String creditCode,
                            String targetName, String targetAddress, String areaCode, LocalDate startsOn, LocalDate endsOn,
                            Long publishedAtMs, Long resultsPublishedAtMs, String resultCode, LocalDate inspectedOn,
                            String note) {
}
