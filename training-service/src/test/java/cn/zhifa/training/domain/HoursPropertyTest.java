package cn.zhifa.training.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Class hours in half-hour steps over generated amounts and text (property-based, jqwik). */
class HoursPropertyTest {
    private static final int MAX_HALF_HOURS = Hours.MAX_HOURS * 2;

    @Property
    void everyHalfHourStepUpToTheMaximumIsCreditedExactly(@ForAll @IntRange(min = 1, max = MAX_HALF_HOURS) int halfHours,
                                                          @ForAll @IntRange(max = 6) int extraZeros) {
        BigDecimal decimal = BigDecimal.valueOf(halfHours).divide(BigDecimal.TWO).setScale(1 + extraZeros);
        Hours hours = Hours.of(decimal);
        assertEquals(halfHours, hours.halfHours());
        assertEquals(0, hours.toDecimal().compareTo(decimal));
        assertEquals(hours, Hours.parse(" " + hours + " "), "toString parses back");
    }

    @Property
    void anythingBetweenTheStepsIsRefused(@ForAll @IntRange(max = MAX_HALF_HOURS - 1) int halfHours,
                                          @ForAll @IntRange(min = 1, max = 4999) int tenThousandths) {
        BigDecimal between = BigDecimal.valueOf(halfHours, 0).divide(BigDecimal.TWO)
                .add(BigDecimal.valueOf(tenThousandths, 4));
        InvalidHoursException e = assertThrows(InvalidHoursException.class, () -> Hours.of(between));
        assertEquals(InvalidHoursException.NOT_HALF_STEP, e.code(), between.toPlainString());
    }

    @Property
    void zeroAndNegativeAreRefused(@ForAll("notPositive") BigDecimal amount) {
        assertEquals(InvalidHoursException.NOT_POSITIVE,
                assertThrows(InvalidHoursException.class, () -> Hours.of(amount)).code());
    }

    @Provide
    Arbitrary<BigDecimal> notPositive() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), BigDecimal.ZERO).ofScale(3);
    }

    @Property
    void moreThanTheMaximumIsRefused(@ForAll("tooMany") BigDecimal amount) {
        assertEquals(InvalidHoursException.TOO_LARGE,
                assertThrows(InvalidHoursException.class, () -> Hours.of(amount)).code());
    }

    @Provide
    Arbitrary<BigDecimal> tooMany() {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(Hours.MAX_HOURS), new BigDecimal("1e30"))
                .ofScale(1).filter(d -> d.compareTo(BigDecimal.valueOf(Hours.MAX_HOURS)) > 0);
    }

    @Property
    void anyTextIsCreditedOrRefusedWithACode(@ForAll("texts") String text) {
        try {
            Hours hours = Hours.parse(text);
            assertTrue(hours.halfHours() >= 1 && hours.halfHours() <= MAX_HALF_HOURS, text);
        } catch (InvalidHoursException e) {
            assertTrue(e.code().startsWith("HOURS_"), e.code());
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789.-+eE ".toCharArray()).ofMaxLength(15),
                Arbitraries.of("1e999999999", "1E-999999999", "NaN", "Infinity", "-0", "0.50", "２", "二", "1,5", ""));
    }

    @Example
    void anAbsurdExponentIsRefusedAtOnce() {
        // once its message spelt the number out: a billion characters, enough to exhaust the heap
        for (String text : new String[]{"1e999999999", "-1e999999999", "1e-999999999"}) {
            InvalidHoursException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                    assertThrows(InvalidHoursException.class, () -> Hours.parse(text)));
            assertTrue(e.getMessage().length() < 100, e.getMessage().length() + " characters");
        }
    }

    @Property
    void sumsAreExactAndOrderFree(@ForAll @IntRange(max = MAX_HALF_HOURS) int a, @ForAll @IntRange(max = MAX_HALF_HOURS) int b,
                                  @ForAll @IntRange(max = MAX_HALF_HOURS) int c) {
        Hours x = Hours.ofHalfHours(a);
        Hours y = Hours.ofHalfHours(b);
        Hours z = Hours.ofHalfHours(c);
        assertEquals(x.plus(y), y.plus(x));
        assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
        assertEquals(a + b, x.plus(y).halfHours());
        assertTrue(x.plus(x.shortOf(y)).compareTo(y) >= 0, "what is short of a target reaches it when added");
        assertEquals(a >= b, x.shortOf(y).isZero());
    }
}
