package cn.zhifa.planner.mapper;

/** A sealed target of a joint plan and a matter whose scope it falls in ({@code insp_seal_target_matter}). */
public record TargetMatterRow(String creditCode, long matterId) {
}
