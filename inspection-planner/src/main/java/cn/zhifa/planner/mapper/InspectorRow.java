package cn.zhifa.planner.mapper;

/** An inspector: officer id, credential number (执法证号) and name. */
public record InspectorRow(long officerId, String credentialNumber, String name) {
}
