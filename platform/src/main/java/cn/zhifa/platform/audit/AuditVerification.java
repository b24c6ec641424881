package cn.zhifa.platform.audit;

/**
 * The outcome of walking the chain: whether it is intact, how many events were checked, and the first
 * sequence number where it breaks ({@code null} when valid).
 */
public record AuditVerification(boolean valid, long checked, Long firstBrokenSeq) {
}
