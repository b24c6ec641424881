package cn.zhifa.planner.mapper;

/** A membership of an inspection team; {@code addedBy}/{@code removedBy} name replacements. */
public record MemberRow(long id, long inspectionId, int seatNo, long officerId, String credentialNumber,
                        String officerName, boolean active, Long addedBy, Long removedBy) {
}
