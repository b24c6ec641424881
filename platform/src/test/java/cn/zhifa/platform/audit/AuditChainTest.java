package cn.zhifa.platform.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEvent event = new AuditEvent(seq, 1_700_000_000_000L + seq, "hr-1", "hr", "OFFICER_CREATED",
                    "officer", String.valueOf(seq), "{\"name\":\"张三\"}", seq % 2 == 0 ? null : "入职", previous, null)
                    .sealed();
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    private static AuditVerification verify(List<AuditEvent> events, AuditHead head) {
        AuditChain.Walk walk = new AuditChain.Walk();
        events.forEach(walk::accept);
        return walk.result(head);
    }

    private static AuditHead headOf(List<AuditEvent> events) {
        AuditEvent last = events.getLast();
        return new AuditHead(last.seq(), last.hash(), last.occurredAtMs());
    }

    @Test
    void shouldHashTheSameEventToTheSameKnownValue() {
        AuditEvent event = new AuditEvent(1, 0, "s", "r", "A", "t", "1", "{}", null, AuditChain.GENESIS, null);
        assertEquals("[1,0,\"s\",\"r\",\"A\",\"t\",\"1\",\"{}\",null,\"" + AuditChain.GENESIS + "\"]",
                AuditChain.canonical(event));
        assertEquals(AuditChain.sha256Hex(AuditChain.canonical(event)), event.sealed().hash());
    }

    @Test
    void shouldTellANullReasonFromTheTextNull() {
        AuditEvent nullReason = new AuditEvent(1, 0, "s", "r", "A", "t", "1", "{}", null, AuditChain.GENESIS, null);
        AuditEvent textReason = new AuditEvent(1, 0, "s", "r", "A", "t", "1", "{}", "null", AuditChain.GENESIS, null);
        assertNotEquals(AuditChain.hash(nullReason), AuditChain.hash(textReason));
    }

    @Test
    void shouldAcceptAnIntactChain() {
        List<AuditEvent> events = chain(5);
        AuditVerification result = verify(events, headOf(events));
        assertTrue(result.valid());
        assertEquals(5, result.checked());
        assertNull(result.firstBrokenSeq());
    }

    @Test
    void shouldAcceptTheEmptyChainAtGenesis() {
        assertTrue(verify(List.of(), new AuditHead(0, AuditChain.GENESIS, 0)).valid());
    }

    @Test
    void shouldFindAnEditedSummary() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        AuditEvent third = events.get(2);
        events.set(2, new AuditEvent(third.seq(), third.occurredAtMs(), third.actorSubject(), third.actorRole(),
                third.action(), third.entityType(), third.entityId(), "{\"name\":\"李四\"}", third.reason(),
                third.prevHash(), third.hash()));
        AuditVerification result = verify(events, headOf(chain(5)));
        assertFalse(result.valid());
        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(2, result.checked());
    }

    @Test
    void shouldFindAnEditRehashedWithoutFixingTheNextLink() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        AuditEvent third = events.get(2);
        events.set(2, new AuditEvent(third.seq(), third.occurredAtMs(), "someone-else", third.actorRole(),
                third.action(), third.entityType(), third.entityId(), third.summary(), third.reason(),
                third.prevHash(), null).sealed());
        assertEquals(4L, verify(events, headOf(chain(5))).firstBrokenSeq());
    }

    @Test
    void shouldFindADeletedEvent() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.remove(1);
        assertEquals(2L, verify(events, headOf(chain(5))).firstBrokenSeq());
    }

    @Test
    void shouldFindTwoSwappedEvents() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        AuditEvent second = events.get(1);
        AuditEvent third = events.get(2);
        events.set(1, new AuditEvent(2, third.occurredAtMs(), third.actorSubject(), third.actorRole(), third.action(),
                third.entityType(), third.entityId(), third.summary(), third.reason(), third.prevHash(), third.hash()));
        events.set(2, new AuditEvent(3, second.occurredAtMs(), second.actorSubject(), second.actorRole(),
                second.action(), second.entityType(), second.entityId(), second.summary(), second.reason(),
                second.prevHash(), second.hash()));
        assertEquals(2L, verify(events, headOf(chain(5))).firstBrokenSeq());
    }

    @Test
    void shouldFindACutTail() {
        List<AuditEvent> full = chain(5);
        List<AuditEvent> cut = full.subList(0, 4);
        AuditVerification result = verify(cut, headOf(full));
        assertFalse(result.valid());
        assertEquals(5L, result.firstBrokenSeq());
    }
}
