package cn.zhifa.planner.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the drawn targets and teams become public, decided on business days of fixed clocks (Beijing time). */
class DisclosureTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** The window's first day: 1 January 2028, which begins at 2027-12-31T16:00Z. */
    static final LocalDate STARTS_ON = LocalDate.of(2028, 1, 1);

    private static LocalDate day(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), BEIJING));
    }

    @Test
    void shouldDiscloseAtTheWindowsStartOnTheBeijingDayNotTheUtcOne() {
        LocalDate lastEvening = day("2027-12-31T15:59:59.999Z");
        LocalDate firstMorning = day("2027-12-31T16:00:00Z");
        assertFalse(Disclosure.AT_WINDOW_START.reached(true, false, STARTS_ON, lastEvening),
                "23:59:59 on 31 December in Beijing is still before the window");
        assertTrue(Disclosure.AT_WINDOW_START.reached(true, false, STARTS_ON, firstMorning),
                "16:00 UTC on 31 December is midnight of 1 January in Beijing");
        assertTrue(Disclosure.AT_WINDOW_START.reached(true, false, STARTS_ON, day("2028-02-29T03:00:00Z")),
                "and any later day");
        assertFalse(Disclosure.AT_WINDOW_START.reached(false, false, STARTS_ON, firstMorning),
                "a plan not published discloses nothing");
    }

    @Test
    void shouldDiscloseAtTheDrawOncePublishedWhateverTheDay() {
        LocalDate before = day("2027-12-01T00:00:00Z");
        assertFalse(Disclosure.AT_DRAW.reached(false, false, STARTS_ON, before));
        assertTrue(Disclosure.AT_DRAW.reached(true, false, STARTS_ON, before));
    }

    @Test
    void shouldDiscloseAtTheResultsOnlyWithThem() {
        LocalDate inWindow = day("2028-01-15T02:00:00Z");
        assertFalse(Disclosure.AT_RESULTS.reached(true, false, STARTS_ON, inWindow), "published, results not yet");
        assertTrue(Disclosure.AT_RESULTS.reached(true, true, STARTS_ON, inWindow));
        assertFalse(Disclosure.AT_RESULTS.reached(false, false, STARTS_ON, day("2029-01-01T00:00:00Z")),
                "the window's end alone discloses nothing");
    }
}
