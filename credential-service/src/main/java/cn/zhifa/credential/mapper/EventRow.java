package cn.zhifa.credential.mapper;

/** A row of {@code cred_event}, with the number of the credential it concerns (null for officer events). */
public record EventRow(long id, long officerId, String credentialNumber, String eventType, String fromStatus,
                       String toStatus, String reason, String note, String detail, String actor, long occurredAtMs) {
}
