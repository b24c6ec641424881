package cn.zhifa.planner.mapper;

/** An inspector: officer id, credential number (执法证号), name and the officer's agency. */
public record InspectorRow(long officerId, String credentialNumber, String name, String agencyCode) {
}
