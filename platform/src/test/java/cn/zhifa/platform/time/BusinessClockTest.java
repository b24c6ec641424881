package cn.zhifa.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessClockTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void withoutSettingsItIsTheSystemClockInTheBusinessZone() {
        Clock clock = BusinessClock.create(BEIJING, Optional.empty(), Optional.empty());

        assertEquals(BEIJING, clock.getZone());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().compareTo(Duration.ofSeconds(1)) < 0);
    }

    @Test
    void aShiftedClockRunsOnFromItsStartAsSeenFromTheRealStart() {
        Instant realStart = Instant.now().minus(Duration.ofMinutes(10));

        Clock clock = BusinessClock.create(BEIJING, Optional.of("2027-12-31T16:30:00Z"),
                Optional.of(realStart.toString()));

        Duration sinceStart = Duration.between(Instant.parse("2027-12-31T16:30:00Z"), clock.instant());
        assertTrue(sinceStart.compareTo(Duration.ofMinutes(10)) >= 0
                && sinceStart.compareTo(Duration.ofMinutes(10).plusSeconds(5)) < 0, sinceStart::toString);
        assertEquals(LocalDate.of(2028, 1, 1), LocalDate.now(clock), "Beijing is already in the new year");
    }

    @Test
    void theStartMayCarryAnOffsetAndTwoProcessesWithTheSameSettingsAgree() {
        String realStart = Instant.now().toString();

        Clock one = BusinessClock.create(BEIJING, Optional.of("2028-02-29T01:00+08:00"), Optional.of(realStart));
        Clock other = BusinessClock.create(BEIJING, Optional.of("2028-02-28T17:00:00Z"), Optional.of(realStart));

        assertEquals(LocalDate.of(2028, 2, 29), LocalDate.now(one));
        assertTrue(Duration.between(one.instant(), other.instant()).abs().compareTo(Duration.ofSeconds(1)) < 0);
    }

    @Test
    void blankSettingsMeanRealTime() {
        Clock clock = BusinessClock.create(BEIJING, Optional.of(" "), Optional.of(""));

        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().compareTo(Duration.ofSeconds(1)) < 0);
    }
}
