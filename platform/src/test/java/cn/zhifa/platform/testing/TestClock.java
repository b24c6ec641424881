package cn.zhifa.platform.testing;

import cn.zhifa.platform.time.BusinessClock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The business clock as the servers under test read it: Beijing time, shifted when the run sets
 * {@code zhifa.clock.starts-at} (e.g. {@code ./mvnw verify -Dzhifa.clock.starts-at=2027-12-31T16:30:00Z}). Tests date
 * what they send with it, never with the machine's zone or date: between 16:00 and 24:00 UTC the two are a day apart.
 */
public final class TestClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TestClock() {
    }

    public static Clock clock() {
        return BusinessClock.fromSystemProperties(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The clock settings of this run as {@code -D} options, for a server started as a process of its own. */
    public static List<String> serverOptions() {
        List<String> options = new ArrayList<>();
        for (String name : List.of(BusinessClock.STARTS_AT, BusinessClock.STARTED_AT)) {
            String value = System.getProperty(name);
            if (value != null && !value.isBlank()) {
                options.add("-D" + name + "=" + value);
            }
        }
        return options;
    }
}
