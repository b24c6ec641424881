package cn.zhifa.planner.mapper;

/**
 * A row of {@code insp_matter} (随机抽查事项); {@code agencyCode} is the agency whose matter it is (null if not named);
 * {@code retentionYears} how long its records and evidence are kept (null: the planner's default).
 */
public record MatterRow(long id, String name, String subject, String legalBasis, String targetScope, String content,
                        String method, String frequency, String categoryCode, String agencyCode,
                        Integer retentionYears) {
}
