package cn.zhifa.planner.mapper;

/** A label (a result code, or a stratum {@code RISK/CREDIT}) and how many. */
public record CountRow(String label, long count) {
}
