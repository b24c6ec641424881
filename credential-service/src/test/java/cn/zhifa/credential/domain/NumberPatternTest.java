package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumberPatternTest {
    @Test
    void shouldRenderAgencyYearAndZeroPaddedSerial() {
        NumberPattern pattern = NumberPattern.parse("{agency}{year}{serial:5}");
        assertEquals("500115002202600001", pattern.render("500115002", "500115", 2026, 1));
        assertEquals("500115002202699999", pattern.render("500115002", "500115", 2026, 99_999));
        assertEquals(99_999, pattern.maxSerial());
    }

    @Test
    void shouldReadANumberAsTypedWithAChineseInputMethodOrWithSpacesAndDashes() {
        NumberPattern digits = NumberPattern.parse("{agency}{year}{serial:5}");
        assertEquals("500115002202600001", digits.normalise("５００１１５００２２０２６００００１"));
        assertEquals("500115002202600001", digits.normalise(" 500115002\u30002026 00001\t"));
        assertEquals("500115002202600001", digits.normalise("500115002-2026－00001"));
        NumberPattern hyphenated = NumberPattern.parse("YU-{area}-{year}-{serial:6}");
        assertEquals("YU-500115-2026-000042", hyphenated.normalise("ＹＵ－500115 - 2026-000042"),
                "a scheme with hyphens keeps them (a full-width one made plain)");
    }

    @Test
    void shouldRenderAreaAndLiterals() {
        NumberPattern pattern = NumberPattern.parse("YU-{area}-{year}-{serial:6}");
        assertEquals("YU-500115-2026-000042", pattern.render("500115002", "500115", 2026, 42));
    }

    @Test
    void shouldCountSerialsPerScopeSoThatAgenciesAndYearsDoNotShare() {
        NumberPattern pattern = NumberPattern.parse("{agency}{year}{serial:5}");
        assertEquals("5001150022026{serial}", pattern.scope("500115002", "500115", 2026));
        assertNotEquals(pattern.scope("500115002", "500115", 2026), pattern.scope("500115002", "500115", 2027));
        assertNotEquals(pattern.scope("500115002", "500115", 2026), pattern.scope("500115003", "500115", 2026));
        NumberPattern perArea = NumberPattern.parse("{area}{serial:7}");
        assertEquals(perArea.scope("500115002", "500115", 2026), perArea.scope("500115003", "500115", 2027));
    }

    @Test
    void shouldRefuseASerialThatDoesNotFit() {
        NumberPattern pattern = NumberPattern.parse("{agency}{serial:2}");
        assertThrows(IllegalArgumentException.class, () -> pattern.render("500115002", "500115", 2026, 100));
        assertThrows(IllegalArgumentException.class, () -> pattern.render("500115002", "500115", 2026, 0));
    }

    @Test
    void shouldRefuseANumberTooLongForTheDatabase() {
        NumberPattern pattern = NumberPattern.parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ{agency}{year}{serial:9}");
        assertThrows(IllegalArgumentException.class, () -> pattern.render("500115002", "500115", 2026, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{agency}{year}", "{agency}{serial}", "{agency}{serial:0}", "{agency}{serial:10}",
            "{serial:3}{serial:3}", "{agency}{unit}{serial:5}", "{agency:3}{serial:5}", "{agency} {serial:5}",
            "执法{serial:5}", "{agency}/{serial:5}"})
    void shouldRefuseMalformedPatterns(String text) {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse(text));
    }
}
