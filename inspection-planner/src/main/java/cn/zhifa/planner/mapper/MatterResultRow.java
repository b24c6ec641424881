package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/**
 * A matter covered by a joint plan's inspection, with the matter's agency and its result if recorded
 * ({@code insp_inspection_matter_result}; all result fields null until then).
 */
public record MatterResultRow(long inspectionId, long matterId, String matterName, String agencyCode,
                              String resultCode, LocalDate inspectedOn, String note) {
}
