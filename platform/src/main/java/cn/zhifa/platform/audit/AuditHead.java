package cn.zhifa.platform.audit;

/** The last link of the chain, kept in one row; publish it so the record can be checked later. */
public record AuditHead(long seq, String hash, long occurredAtMs) {
}
