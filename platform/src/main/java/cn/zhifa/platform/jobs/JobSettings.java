package cn.zhifa.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

/**
 * Settings of the job queue's worker, read here only: whether this instance takes jobs, how often it polls,
 * how many jobs it runs at once, the lease (a RUNNING job whose heartbeat is older is taken again by
 * another instance), how many attempts a job gets, how long a stopping instance waits for its jobs, and the
 * instance id written on the jobs it runs (default: host name and a random suffix).
 */
@ApplicationScoped
public class JobSettings {
    private final boolean workerEnabled;
    private final long pollIntervalMs;
    private final int concurrency;
    private final long leaseMs;
    private final int maxAttempts;
    private final long shutdownGraceMs;
    private final String instanceId;

    @Inject
    public JobSettings(
            @ConfigProperty(name = "zhifa.jobs.worker.enabled", defaultValue = "true") boolean workerEnabled,
            @ConfigProperty(name = "zhifa.jobs.poll-interval-ms", defaultValue = "1000") long pollIntervalMs,
            @ConfigProperty(name = "zhifa.jobs.concurrency", defaultValue = "2") int concurrency,
            @ConfigProperty(name = "zhifa.jobs.lease-ms", defaultValue = "30000") long leaseMs,
            @ConfigProperty(name = "zhifa.jobs.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "zhifa.jobs.shutdown-grace-ms", defaultValue = "10000") long shutdownGraceMs,
            @ConfigProperty(name = "zhifa.instance-id") Optional<String> instanceId) {
        if (pollIntervalMs < 10 || concurrency < 1 || maxAttempts < 1 || leaseMs < 3 * 100) {
            throw new IllegalArgumentException("zhifa.jobs.*: poll interval >= 10 ms, concurrency >= 1, "
                    + "max attempts >= 1 and lease >= 300 ms");
        }
        this.workerEnabled = workerEnabled;
        this.pollIntervalMs = pollIntervalMs;
        this.concurrency = concurrency;
        this.leaseMs = leaseMs;
        this.maxAttempts = maxAttempts;
        this.shutdownGraceMs = shutdownGraceMs;
        this.instanceId = instanceId.filter(s -> !s.isBlank()).orElseGet(JobSettings::defaultInstanceId);
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 128 ? id.substring(id.length() - 128) : id;
    }

    public boolean workerEnabled() {
        return workerEnabled;
    }

    public long pollIntervalMs() {
        return pollIntervalMs;
    }

    public int concurrency() {
        return concurrency;
    }

    public long leaseMs() {
        return leaseMs;
    }

    /** How often a running job's heartbeat is written: a third of the lease. */
    public long heartbeatMs() {
        return leaseMs / 3;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public long shutdownGraceMs() {
        return shutdownGraceMs;
    }

    /** This instance, as written on the jobs and scheduled runs it takes. */
    public String instanceId() {
        return instanceId;
    }
}
