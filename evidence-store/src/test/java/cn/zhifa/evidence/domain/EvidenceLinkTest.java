package cn.zhifa.evidence.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceLinkTest {
    private static final EvidenceLink LINK = new EvidenceLink(42, 1_800_000_000L, "张三.1", Set.of("planner", "judicial"),
            "500115002", null);

    @Test
    void shouldReadBackWhatItEncodesWhateverTheSubjectHolds() {
        assertEquals(LINK, EvidenceLink.decode(LINK.encoded()).orElseThrow());
        EvidenceLink officer = new EvidenceLink(7, 1, "a.b,c\nd", Set.of("officer"), null, 1234L);
        assertEquals(officer, EvidenceLink.decode(officer.encoded()).orElseThrow());
        assertEquals(LINK.encoded(), new EvidenceLink(42, 1_800_000_000L, "张三.1", Set.of("judicial", "planner"),
                "500115002", null).encoded(), "the roles' order does not change the signed text");
    }

    @Test
    void shouldRefuseWhatIsNotALink() {
        String encoded = LINK.encoded();
        assertTrue(EvidenceLink.decode(null).isEmpty());
        assertTrue(EvidenceLink.decode("").isEmpty());
        assertTrue(EvidenceLink.decode(encoded + ".eA").isEmpty(), "a field more");
        assertTrue(EvidenceLink.decode(encoded.substring(encoded.indexOf('.'))).isEmpty(), "a field fewer");
        assertTrue(EvidenceLink.decode(encoded.replaceFirst("^[^.]+", "djI")).isEmpty(), "another version");
        assertTrue(EvidenceLink.decode(encoded.replace('.', '!')).isEmpty());
        String[] parts = encoded.split("\\.");
        parts[1] = "bm90LWEtbnVtYmVy";
        assertTrue(EvidenceLink.decode(String.join(".", parts)).isEmpty(), "an id that is not a number");
    }

    @Test
    void shouldOpenUntilItsLastSecondAndNotAfter() {
        assertFalse(LINK.expiredAt(Instant.ofEpochSecond(1_800_000_000L)));
        assertFalse(LINK.expiredAt(Instant.ofEpochSecond(1_800_000_000L, 999_999_999)));
        assertTrue(LINK.expiredAt(Instant.ofEpochSecond(1_800_000_001L)));
    }
}
