package cn.zhifa.exam.domain;

import cn.zhifa.platform.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sitting's own chain, free of any database: its links from the genesis, its stored head and its anchors. */
class SittingChainTest {
    private static final String GENESIS = "a".repeat(64);

    private static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            AuditEvent event = new AuditEvent(seq, 1_000L * seq, "officer-7", "officer", "EXAM_ANSWER_SAVED",
                    SittingChain.ENTITY_TYPE, "12", "{\"choice\":[\"A\"],\"position\":" + seq + "}", null, previous,
                    null).sealed();
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    private static Optional<String> check(List<AuditEvent> events, long count, String head,
                                          SittingChain.Anchor... anchors) {
        return SittingChain.firstBreak(GENESIS, events, count, head, List.of(anchors));
    }

    private static AuditEvent withSummary(AuditEvent e, String summary) {
        return new AuditEvent(e.seq(), e.occurredAtMs(), e.actorSubject(), e.actorRole(), e.action(), e.entityType(),
                e.entityId(), summary, e.reason(), e.prevHash(), e.hash());
    }

    @Test
    void shouldHoldFromTheGenesisToTheStoredHeadAndItsAnchors() {
        List<AuditEvent> events = chain(4);
        assertEquals(Optional.empty(), check(events, 4, events.get(3).hash(),
                new SittingChain.Anchor(2, events.get(1).hash(), false),
                new SittingChain.Anchor(4, events.get(3).hash(), true)));
        assertEquals(Optional.empty(), check(List.of(), 0, GENESIS, new SittingChain.Anchor(0, GENESIS, true)),
                "a sitting submitted without an answer");
    }

    @Test
    void shouldNameTheEventWhoseAnswerWasAltered() {
        List<AuditEvent> events = new ArrayList<>(chain(4));
        events.set(2, withSummary(events.get(2), "{\"choice\":[\"B\"],\"position\":3}"));
        assertEquals(Optional.of("event 3"), check(events, 4, events.get(3).hash()));
    }

    @Test
    void shouldNameADeletedOrReorderedEvent() {
        List<AuditEvent> events = new ArrayList<>(chain(4));
        List<AuditEvent> gap = new ArrayList<>(events);
        gap.remove(1);
        assertEquals(Optional.of("event 2"), check(gap, 4, events.get(3).hash()));
        List<AuditEvent> swapped = new ArrayList<>(events);
        swapped.set(1, events.get(2));
        swapped.set(2, events.get(1));
        assertEquals(Optional.of("event 2"), check(swapped, 4, events.get(3).hash()));
    }

    @Test
    void shouldRefuseAChainCutShortOrLinkedToAnotherGenesis() {
        List<AuditEvent> events = chain(4);
        assertEquals(Optional.of("event 4"), check(events.subList(0, 3), 4, events.get(3).hash()), "the last cut off");
        assertEquals(Optional.of("event 1"),
                SittingChain.firstBreak("b".repeat(64), events, 4, events.get(3).hash(), List.of()));
        assertEquals(Optional.of("start event missing"),
                SittingChain.firstBreak(null, events, 4, events.get(3).hash(), List.of()));
    }

    @Test
    void shouldCatchAChainSealedAgainByTheAnchorsInTheAuditChain() {
        List<AuditEvent> original = chain(4);
        List<AuditEvent> forged = new ArrayList<>(original.subList(0, 1));
        String previous = original.get(0).hash();
        for (int seq = 2; seq <= 4; seq++) {
            AuditEvent e = new AuditEvent(seq, 1_000L * seq, "officer-7", "officer", "EXAM_ANSWER_SAVED",
                    SittingChain.ENTITY_TYPE, "12", "{\"choice\":[\"D\"],\"position\":" + seq + "}", null, previous,
                    null).sealed();
            forged.add(e);
            previous = e.hash();
        }
        assertEquals(Optional.empty(), check(forged, 4, previous), "holds together without its anchors");
        assertEquals(Optional.of("anchor at event 4"),
                check(forged, 4, previous, new SittingChain.Anchor(4, original.get(3).hash(), true)));
    }

    @Test
    void shouldRefuseEventsAfterTheSubmission() {
        List<AuditEvent> events = chain(3);
        assertEquals(Optional.of("anchor at event 2"),
                check(events, 3, events.get(2).hash(), new SittingChain.Anchor(2, events.get(1).hash(), true)));
    }
}
