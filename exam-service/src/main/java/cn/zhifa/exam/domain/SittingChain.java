package cn.zhifa.exam.domain;

import cn.zhifa.platform.audit.AuditChain;
import cn.zhifa.platform.audit.AuditEvent;
import cn.zhifa.platform.audit.AuditHead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sitting's own hash chain (its saved answers and device switches), anchored in the audit chain: its first event
 * links to the hash of the sitting's {@code EXAM_SITTING_STARTED} audit event (the genesis), every event is hashed as
 * an audit event ({@link AuditChain#canonical}) with entity type {@value #ENTITY_TYPE}, and the take-over and
 * submission audit events carry the chain's head then ({@link Anchor}). A sitting chain verifies when its links hold
 * from the genesis to the head stored with the sitting, and every anchor names an event of it; the submission's anchor
 * must be its last event (nothing is saved after submission).
 */
public final class SittingChain {
    public static final String ENTITY_TYPE = "exam-sitting";
    /** The summary fields of the take-over and submission audit events that carry the chain's head. */
    public static final String COUNT_FIELD = "chainCount";
    public static final String HEAD_FIELD = "chainHead";

    private SittingChain() {
    }

    /**
     * An audit event's record of the chain: after {@code count} events its head was {@code head}; {@code last} for the
     * submission, after which the chain must not grow.
     */
    public record Anchor(long count, String head, boolean last) {
    }

    /**
     * Where the chain breaks, empty when it holds: the number of the first event that does not link (or, past the
     * last, {@code events + 1} for a stored head that is not the last event's), or the anchor that does not match.
     *
     * @param genesis     the hash of the sitting's start event (null: no start event in the audit chain)
     * @param events      the sitting's events in stored order
     * @param storedCount the event count stored with the sitting
     * @param storedHead  the head stored with the sitting
     * @param anchors     what the audit chain recorded of this chain
     */
    public static Optional<String> firstBreak(String genesis, List<AuditEvent> events, long storedCount,
                                              String storedHead, List<Anchor> anchors) {
        if (genesis == null) {
            return Optional.of("start event missing");
        }
        AuditChain.Walk walk = new AuditChain.Walk(genesis);
        List<String> hashes = new ArrayList<>(events.size() + 1);
        hashes.add(genesis);
        for (AuditEvent event : events) {
            walk.accept(event);
            hashes.add(event.hash());
        }
        var result = walk.result(new AuditHead(storedCount, storedHead == null ? "" : storedHead, 0));
        if (!result.valid()) {
            return Optional.of("event " + result.firstBrokenSeq());
        }
        for (Anchor anchor : anchors) {
            boolean holds = anchor.count() >= 0 && anchor.count() < hashes.size()
                    && hashes.get((int) anchor.count()).equals(anchor.head())
                    && (!anchor.last() || anchor.count() == events.size());
            if (!holds) {
                return Optional.of("anchor at event " + anchor.count());
            }
        }
        return Optional.empty();
    }
}
