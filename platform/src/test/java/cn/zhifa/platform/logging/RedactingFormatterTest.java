package cn.zhifa.platform.logging;

import cn.zhifa.platform.identity.ResidentIdChecksum;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactingFormatterTest {
    // 11010519491231002X is the standard's own example number
    private static final String VALID = "11010519491231002X";

    @Test
    void shouldComputeTheStandardsExampleCheckCharacter() {
        assertEquals('X', ResidentIdChecksum.checkCharacter("11010519491231002"));
        assertTrue(ResidentIdChecksum.isValid(VALID));
        assertTrue(ResidentIdChecksum.isValid(VALID.toLowerCase()));
        assertFalse(ResidentIdChecksum.isValid("110105194912310021"));
    }

    @Test
    void shouldMaskAValidNumberAnywhereInTheText() {
        assertEquals("Duplicate entry '110105************' for key 'uk_id'",
                RedactingFormatter.redact("Duplicate entry '" + VALID + "' for key 'uk_id'"));
        assertEquals("a=110105************,b=110105************",
                RedactingFormatter.redact("a=" + VALID + ",b=" + VALID.toLowerCase()));
    }

    @Test
    void shouldNotTakeACredentialNumberWithAMatchingCheckDigitForAnIdentityNumber() {
        // digits 1-17 of a credential number (agency 500115002, year 2026, serial 00001) with the GB 11643
        // check character appended: the checksum matches, but digits 7-14 are no birth date
        String first17 = "50011500220260000";
        String lookalike = first17 + ResidentIdChecksum.checkCharacter(first17);
        assertFalse(ResidentIdChecksum.isValid(lookalike));
        assertEquals(lookalike, RedactingFormatter.redact(lookalike));
    }

    @Test
    void shouldLeaveOtherDigitRunsAlone() {
        String credentialNumber = "500115002202600001";
        assertFalse(ResidentIdChecksum.isValid(credentialNumber));
        for (String text : new String[]{credentialNumber, "9" + VALID, VALID + "7", "id " + VALID.substring(1)}) {
            assertEquals(text, RedactingFormatter.redact(text));
        }
    }

    @Test
    void shouldRedactMessagesAndStackTraces() {
        LogRecord record = new LogRecord(Level.SEVERE, "import failed for " + VALID);
        record.setThrown(new IllegalStateException("row " + VALID + " rejected"));
        String formatted = new RedactingFormatter().format(record);
        assertFalse(formatted.contains(VALID), formatted);
        assertTrue(formatted.contains("import failed for 110105************"));
        assertTrue(formatted.contains("IllegalStateException: row 110105************ rejected"));
    }
}
