package cn.zhifa.platform.audit;

import cn.zhifa.platform.crypto.Sha256;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;


/**
 * The hash chain's rules, free of any database: the canonical form of an event, its hash, and the
 * walk that verifies a sequence of events against the published head.
 */
public final class AuditChain {
    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);
    /** Looked up once: {@code Json.createArrayBuilder()} runs the ServiceLoader through every jar at each call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private AuditChain() {
    }

    /**
     * The canonical serialization: a JSON array of the fields in a fixed order (JSON escaping makes it
     * unambiguous), with the previous hash last.
     */
    public static String canonical(AuditEvent e) {
        JsonArrayBuilder fields = JSON.createArrayBuilder()
                .add(e.seq())
                .add(e.occurredAtMs())
                .add(e.actorSubject())
                .add(e.actorRole())
                .add(e.action())
                .add(e.entityType())
                .add(e.entityId())
                .add(e.summary());
        if (e.reason() == null) {
            fields.addNull();
        } else {
            fields.add(e.reason());
        }
        return fields.add(e.prevHash()).build().toString();
    }

    public static String hash(AuditEvent e) {
        return sha256Hex(canonical(e));
    }

    public static String sha256Hex(String text) {
        return Sha256.hex(text);
    }

    /** Walks events in ascending stored order; feed every event, then ask for the result. */
    public static final class Walk {
        private long expectedSeq = 1;
        private String previousHash;
        private long checked;
        private Long firstBroken;

        /** A walk of the main chain, which starts from {@link #GENESIS}. */
        public Walk() {
            this(GENESIS);
        }

        /** A walk of a chain whose first event links to {@code genesis} (an anchored chain: see {@link AnchoredChains}). */
        public Walk(String genesis) {
            this.previousHash = genesis;
        }

        public void accept(AuditEvent event) {
            if (firstBroken != null) {
                return;
            }
            boolean intact = event.seq() == expectedSeq
                    && event.prevHash().equals(previousHash)
                    && hash(event).equals(event.hash());
            if (!intact) {
                firstBroken = expectedSeq;
                return;
            }
            checked++;
            expectedSeq++;
            previousHash = event.hash();
        }

        /** The result; a head that does not match the last event means the tail was cut or altered. */
        public AuditVerification result(AuditHead head) {
            if (firstBroken == null && (head.seq() != expectedSeq - 1 || !head.hash().equals(previousHash))) {
                firstBroken = Math.min(head.seq(), expectedSeq);
            }
            return new AuditVerification(firstBroken == null, checked, firstBroken);
        }
    }
}
