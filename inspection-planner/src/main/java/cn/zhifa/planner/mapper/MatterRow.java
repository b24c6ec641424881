package cn.zhifa.planner.mapper;

/** A row of {@code insp_matter} (随机抽查事项). */
public record MatterRow(long id, String name, String subject, String legalBasis, String targetScope, String content,
                        String method, String frequency, String categoryCode) {
}
