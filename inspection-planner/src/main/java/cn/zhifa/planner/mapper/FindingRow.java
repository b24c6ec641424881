package cn.zhifa.planner.mapper;

/** A finding of a field record: the outcome of one check item. */
public record FindingRow(String itemCode, String outcome, String note, String recordedBy, long recordedAtMs) {
}
