package cn.zhifa.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Produces the business clock ({@link BusinessClock}) in the time zone {@code zhifa.time-zone} (default
 * Asia/Shanghai).
 */
@ApplicationScoped
public class ClockProducer {
    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    /**
     * {@code @Singleton}, not {@code @ApplicationScoped}: the clock is immutable, and its client proxy, called on
     * every date check, was seen by the load run's JFR pinning a virtual thread in a contended monitor.
     */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "zhifa.time-zone", defaultValue = "Asia/Shanghai") String zone,
                @ConfigProperty(name = BusinessClock.STARTS_AT) Optional<String> startsAt,
                @ConfigProperty(name = BusinessClock.STARTED_AT) Optional<String> startedAt) {
        Clock clock = BusinessClock.create(ZoneId.of(zone), startsAt, startedAt);
        Duration shift = Duration.between(Clock.systemUTC().instant(), clock.instant());
        if (shift.abs().compareTo(Duration.ofSeconds(1)) > 0) {
            LOG.warning(() -> "The business clock is shifted by " + shift + " (" + BusinessClock.STARTS_AT + "="
                    + startsAt.orElse("") + "): it now reads " + clock.instant().atZone(clock.getZone())
                    + ". Only for tests and rehearsals: dates on the public record follow this clock.");
        }
        return clock;
    }
}
