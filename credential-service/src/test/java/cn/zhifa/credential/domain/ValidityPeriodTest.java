package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValidityPeriodTest {
    @Test
    void shouldEndTheDayBeforeTheAnniversary() {
        assertEquals(LocalDate.of(2031, 2, 28), ValidityPeriod.ofYears(LocalDate.of(2026, 3, 1), 5).until());
        assertEquals(LocalDate.of(2029, 2, 28), ValidityPeriod.ofYears(LocalDate.of(2024, 2, 29), 5).until());
        assertEquals(LocalDate.of(2032, 2, 28), ValidityPeriod.ofYears(LocalDate.of(2024, 2, 29), 8).until());
        assertEquals(LocalDate.of(2032, 2, 29), ValidityPeriod.ofYears(LocalDate.of(2027, 3, 1), 5).until());
    }

    @Test
    void shouldMakeAOneYearPeriodOfTheCalendarYear() {
        ValidityPeriod period = ValidityPeriod.ofYears(LocalDate.of(2026, 1, 1), 1);
        assertEquals(LocalDate.of(2026, 12, 31), period.until());
    }

    @Test
    void shouldRefuseEmptyOrReversedPeriods() {
        assertThrows(IllegalArgumentException.class, () -> ValidityPeriod.ofYears(LocalDate.of(2026, 1, 1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ValidityPeriod(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
    }
}
