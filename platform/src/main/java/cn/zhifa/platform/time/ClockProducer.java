package cn.zhifa.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** Produces the clock in the business time zone {@code zhifa.time-zone} (default Asia/Shanghai). */
@ApplicationScoped
public class ClockProducer {
    /**
     * {@code @Singleton}, not {@code @ApplicationScoped}: the clock is immutable, and its client proxy, called on
     * every date check, was seen by the load run's JFR pinning a virtual thread in a contended monitor.
     */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "zhifa.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
