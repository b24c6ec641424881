package cn.zhifa.planner.mapper;

/** A team member's signature (签名确认) of a field record ({@code insp_field_confirmation}). */
public record SignatureRow(long officerId, long confirmedAtMs) {
}
