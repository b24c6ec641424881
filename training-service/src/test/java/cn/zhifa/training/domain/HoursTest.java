package cn.zhifa.training.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HoursTest {

    @ParameterizedTest
    @CsvSource({"2, 4", "2.5, 5", " 3.0 , 6", "0.5, 1", "2.50, 5", "999, 1998"})
    void shouldAcceptHalfHourSteps(String text, int halfHours) {
        assertEquals(halfHours, Hours.parse(text).halfHours());
    }

    @ParameterizedTest
    @CsvSource({"1.25, HOURS_NOT_HALF_STEP", "0.3, HOURS_NOT_HALF_STEP", "0, HOURS_NOT_POSITIVE",
            "-2, HOURS_NOT_POSITIVE", "999.5, HOURS_TOO_LARGE", "abc, HOURS_NOT_A_NUMBER", "'', HOURS_NOT_A_NUMBER",
            "'2,5', HOURS_NOT_A_NUMBER"})
    void shouldRefuseHoursThatCannotBeCredited(String text, String code) {
        InvalidHoursException refused = assertThrows(InvalidHoursException.class, () -> Hours.parse(text));
        assertEquals(code, refused.code());
    }

    @Test
    void shouldPrintWholeHoursWithoutFraction() {
        assertEquals("12", Hours.ofHalfHours(24).toString());
        assertEquals("12.5", Hours.ofHalfHours(25).toString());
        assertEquals(new BigDecimal("0.5"), Hours.ofHalfHours(1).toDecimal());
    }

    @Test
    void shouldSumExactlyWhereFloatingPointWouldNot() {
        Hours sum = Hours.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Hours.of(new BigDecimal("0.5")));
        }
        assertEquals(Hours.ofWhole(5), sum);
    }

    @Test
    void shouldTellWhatIsLeftToReachATarget() {
        assertEquals(Hours.parse("12"), Hours.ofWhole(48).shortOf(Hours.ofWhole(60)));
        assertEquals(Hours.ZERO, Hours.ofWhole(61).shortOf(Hours.ofWhole(60)));
    }
}
