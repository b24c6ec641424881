package cn.zhifa.planner.mapper;

/** A finding of a field record: the outcome of one check item of one matter's check list. */
public record FindingRow(long matterId, String itemCode, String outcome, String note, String recordedBy,
                         long recordedAtMs) {
}
