package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/** An inspection whose field record is not final: its plan's window, the check-in if any, the result if entered. */
public record OpenRecordRow(long inspectionId, long planId, String planName, String matterName, String creditCode,
                            String targetName, String areaCode, LocalDate startsOn, LocalDate endsOn,
                            Long checkedInAtMs, String resultCode) {
}
