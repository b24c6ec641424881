package cn.zhifa.planner.mapper;

/** A participating agency's confirmation of a joint plan ({@code insp_plan_confirmation}). */
public record ConfirmationRow(String agencyCode, String confirmedBy, long confirmedAtMs) {
}
