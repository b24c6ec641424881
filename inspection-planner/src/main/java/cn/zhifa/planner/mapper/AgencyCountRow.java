package cn.zhifa.planner.mapper;

/** An agency, a label (a result code, or PENDING) and how many of its matters' results carry it. */
public record AgencyCountRow(String agencyCode, String label, long count) {
}
