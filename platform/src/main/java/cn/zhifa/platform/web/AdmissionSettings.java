package cn.zhifa.platform.web;

import cn.zhifa.db.DatabaseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * How many API requests run at once ({@code zhifa.admission.*}): beyond {@link #permits()} a request waits in a
 * first-come queue, without taking a database connection or the CPU, until one finishes; one that waited
 * {@link #queueTimeout()} or finds {@link #queueLength()} ahead of it is answered 503 with {@code Retry-After}.
 * The default permits are the database pool's size, so an admitted request finds a connection at once instead of
 * waiting for one in the pool (whose 3-second wait is meant for a database that is down, not for a busy server).
 */
@ApplicationScoped
public class AdmissionSettings {
    private final int permits;
    private final int queueLength;
    private final Duration queueTimeout;

    @Inject
    public AdmissionSettings(DatabaseSettings database,
                             @ConfigProperty(name = "zhifa.admission.permits") OptionalInt permits,
                             @ConfigProperty(name = "zhifa.admission.queue-length", defaultValue = "10000") int queueLength,
                             @ConfigProperty(name = "zhifa.admission.queue-timeout-ms", defaultValue = "10000")
                             long queueTimeoutMs) {
        this.permits = permits.orElse(database.maxPoolSize());
        if (this.permits < 0 || queueLength < 0 || queueTimeoutMs < 0) {
            throw new IllegalArgumentException("zhifa.admission.* must not be negative");
        }
        this.queueLength = queueLength;
        this.queueTimeout = Duration.ofMillis(queueTimeoutMs);
    }

    /** Requests that run at once; 0 turns the limit off. */
    public int permits() {
        return permits;
    }

    public int queueLength() {
        return queueLength;
    }

    public Duration queueTimeout() {
        return queueTimeout;
    }
}
