package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/**
 * One published result of one matter: a plan of one matter's inspection has one, a joint plan's inspection one per
 * matter it covers. The target's name is the one the plan published (copied at the draw).
 */
public record PublishedResultRow(String creditCode, String targetName, String agencyCode, long matterId,
                                 String matterName, LocalDate inspectedOn, String resultCode, long planId,
                                 String planName, long inspectionId, long resultsPublishedAtMs) {
}
