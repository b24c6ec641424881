package cn.zhifa.planner.mapper;

/** A version of a matter's check list ({@code insp_checklist}); its items are {@link ChecklistItemRow}s. */
public record ChecklistRow(long matterId, int version, boolean wholeVisitVideo, String createdBy, long createdAtMs) {
}
