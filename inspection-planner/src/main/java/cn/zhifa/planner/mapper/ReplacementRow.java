package cn.zhifa.planner.mapper;

/** A recorded replacement (更换) of one officer after the draw. */
public record ReplacementRow(long id, long planId, int seqNo, long officerId, String reasonCode, String note,
                             String seed, long replacedAtMs) {
}
