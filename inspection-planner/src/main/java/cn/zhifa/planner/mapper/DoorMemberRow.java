package cn.zhifa.planner.mapper;

/** A team member as the door QR shows them: {@code status} the credential's live status (UNKNOWN if not found). */
public record DoorMemberRow(String name, String credentialNumber, String status) {
}
