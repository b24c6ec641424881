package cn.zhifa.platform.audit;

/**
 * The outcome of verifying one kind of anchored chain: {@code chains} walked, {@code checked} events recomputed, and
 * where the first broken one is ({@code firstBroken}, e.g. {@code exam-sitting 12 event 3}; null when valid).
 */
public record AnchoredVerification(String kind, boolean valid, long chains, long checked, String firstBroken) {
}
