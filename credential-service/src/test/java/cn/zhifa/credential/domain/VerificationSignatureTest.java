package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationSignatureTest {
    private static final KeyPair KEYS = VerificationSignature.generateKeyPair();
    private static final CardFace FACE = new CardFace("500115002202600001",
            LocalDate.of(2026, 1, 5), LocalDate.of(2031, 1, 4));

    @Test
    void shouldVerifyItsOwnSignatureWhichIsUrlSafe() {
        String signature = VerificationSignature.sign(KEYS.getPrivate(), FACE);
        assertTrue(signature.matches("[A-Za-z0-9_-]{86}"), signature);
        assertTrue(VerificationSignature.verify(KEYS.getPublic(), FACE, signature));
    }

    @Test
    void shouldRejectAnAlteredNumberOrValidity() {
        String signature = VerificationSignature.sign(KEYS.getPrivate(), FACE);
        assertFalse(VerificationSignature.verify(KEYS.getPublic(),
                new CardFace("500115002202600002", FACE.validFrom(), FACE.validUntil()), signature));
        assertFalse(VerificationSignature.verify(KEYS.getPublic(),
                new CardFace(FACE.number(), FACE.validFrom(), FACE.validUntil().plusYears(5)), signature));
    }

    @Test
    void shouldRejectAnotherKeysSignatureAndGarbage() {
        String foreign = VerificationSignature.sign(VerificationSignature.generateKeyPair().getPrivate(), FACE);
        assertFalse(VerificationSignature.verify(KEYS.getPublic(), FACE, foreign));
        assertFalse(VerificationSignature.verify(KEYS.getPublic(), FACE, null));
        assertFalse(VerificationSignature.verify(KEYS.getPublic(), FACE, ""));
        assertFalse(VerificationSignature.verify(KEYS.getPublic(), FACE, "not base64 at all!"));
        assertFalse(VerificationSignature.verify(KEYS.getPublic(), FACE, "AAAA"));
    }

    @Test
    void shouldSignOtherLinksTextsWithTheSameKey() {
        String signature = VerificationSignature.sign(KEYS.getPrivate(), "zhifa:inspection-door:17");
        assertTrue(VerificationSignature.verify(KEYS.getPublic(), "zhifa:inspection-door:17", signature));
        assertFalse(VerificationSignature.verify(KEYS.getPublic(), "zhifa:inspection-door:18", signature));
        assertFalse(VerificationSignature.verify(KEYS.getPublic(), FACE, signature));
    }

    @Test
    void shouldRoundTripTheKeyEncodings() {
        String signature = VerificationSignature.sign(
                VerificationSignature.decodePrivate(VerificationSignature.encode(KEYS.getPrivate())), FACE);
        assertTrue(VerificationSignature.verify(
                VerificationSignature.decodePublic(VerificationSignature.encode(KEYS.getPublic())), FACE, signature));
        assertThrows(IllegalArgumentException.class, () -> VerificationSignature.decodePublic("bm9wZQ=="));
    }

    @Test
    void shouldSignTheNumberAndBothDatesUnderAFixedTag() {
        assertEquals("zhifa-credential-v1|500115002202600001|2026-01-05|2031-01-04", FACE.signedText());
    }
}
