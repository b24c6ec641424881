package cn.zhifa.platform.time;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The business clock: the system clock in the business time zone, or, for tests and rehearsals, one that started at
 * another moment ({@code zhifa.clock.starts-at}) and runs on from there. Every process given the same two settings
 * tells the same time, so a test and the servers it starts agree on the day whenever each of them started.
 */
public final class BusinessClock {
    public static final String STARTS_AT = "zhifa.clock.starts-at";
    public static final String STARTED_AT = "zhifa.clock.started-at";

    private BusinessClock() {
    }

    /**
     * @param startsAt  the business time at the real moment {@code startedAt}, as an ISO-8601 instant or offset
     *                  date-time ({@code 2027-12-31T16:30:00Z}, {@code 2028-02-29T01:00+08:00}); empty for real time
     * @param startedAt that real moment; empty for the moment this JVM started
     */
    public static Clock create(ZoneId zone, Optional<String> startsAt, Optional<String> startedAt) {
        Clock system = Clock.system(zone);
        if (startsAt.filter(s -> !s.isBlank()).isEmpty()) {
            return system;
        }
        Instant realStart = startedAt.filter(s -> !s.isBlank()).map(BusinessClock::instant)
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        return Clock.offset(system, Duration.between(realStart, instant(startsAt.get())));
    }

    /** The clock these settings give when they are system properties (how tests read them). */
    public static Clock fromSystemProperties(ZoneId zone) {
        return create(zone, Optional.ofNullable(System.getProperty(STARTS_AT)),
                Optional.ofNullable(System.getProperty(STARTED_AT)));
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text.strip()).toInstant();
    }
}
