package cn.zhifa.planner.mapper;

/** An item of a check list version; {@code evidenceRequired}: kinds comma-separated ('' for none). */
public record ChecklistItemRow(String code, String content, String legalBasis, String method, String evidenceRequired) {
}
