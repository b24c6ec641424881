package cn.zhifa.platform.audit;

/**
 * Hash chains of their own that a service keeps beside the main chain where one global lock per event would serialise
 * its writers (the exam sittings: every saved answer), each anchored in the main chain: its first event links to the
 * hash of a main-chain event, and later main-chain events carry its head. {@link AuditQueries#verify()} walks them with
 * the main chain: a CDI bean implementing this is found and asked for a {@link Check} at each verification.
 */
public interface AnchoredChains {
    /** A new verification, fed the main chain's events in order, then finished. */
    Check check();

    /** One verification of the anchored chains. */
    interface Check {
        /** An event of the main chain, in sequence order (every event up to the head the verification read). */
        void accept(AuditEvent event);

        /** Walks the anchored chains, holding each against the anchors seen. */
        AnchoredVerification finish();
    }
}
