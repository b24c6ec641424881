package cn.zhifa.platform.audit;

import java.util.List;

/**
 * The outcome of walking the chain: whether it is intact, how many events were checked, and the first
 * sequence number where it breaks ({@code null} when valid); {@code anchored}: the chains of their own that services
 * anchor in it ({@link AnchoredChains}). {@code valid} only when the main chain and every anchored one are intact.
 */
public record AuditVerification(boolean valid, long checked, Long firstBrokenSeq, List<AnchoredVerification> anchored) {
    public AuditVerification(boolean valid, long checked, Long firstBrokenSeq) {
        this(valid, checked, firstBrokenSeq, List.of());
    }

    /** This verification with the anchored chains' outcomes added (and valid only if they are). */
    public AuditVerification with(List<AnchoredVerification> chains) {
        return new AuditVerification(valid && chains.stream().allMatch(AnchoredVerification::valid), checked,
                firstBrokenSeq, List.copyOf(chains));
    }
}
