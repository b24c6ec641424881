package cn.zhifa.planner.mapper;

/** The check list version a field record keeps for one matter its inspection covers ({@code insp_field_checklist}). */
public record RecordChecklistRow(long matterId, int checklistVersion) {
}
