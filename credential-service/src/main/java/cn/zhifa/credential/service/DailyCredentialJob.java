package cn.zhifa.credential.service;

import cn.zhifa.platform.jobs.JobRuns;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily run: expires the credentials whose validity ended and refreshes the clean-up list. It runs
 * at start (catching up a missed day) and every day at {@code zhifa.credential.daily-job.time}; the run
 * of a date is claimed through {@link JobRuns}, so it happens once however many instances run.
 */
@ApplicationScoped
public class DailyCredentialJob {
    static final String JOB_NAME = "credential-daily";
    private static final Logger LOG = Logger.getLogger(DailyCredentialJob.class.getName());

    private final JobRuns jobRuns;
    private final CredentialService credentials;
    private final CleanupService cleanup;
    private final CredentialSettings settings;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    @Inject
    public DailyCredentialJob(JobRuns jobRuns, CredentialService credentials, CleanupService cleanup,
                              CredentialSettings settings, Clock clock) {
        this.jobRuns = jobRuns;
        this.credentials = credentials;
        this.cleanup = cleanup;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Runs the job of {@code day} unless another instance (or an earlier call) already claimed it. Claim and
     * work share one transaction: a failed run leaves the day unclaimed for the next attempt.
     */
    @Transactional(rollbackFor = Exception.class)
    public boolean runFor(LocalDate day) {
        if (!jobRuns.claim(JOB_NAME, day.toString())) {
            return false;
        }
        int expired = credentials.expireEnded(day);
        cleanup.refreshAll();
        LOG.info(() -> "Credential daily job of " + day + ": " + expired + " credential(s) expired, clean-up list refreshed");
        return true;
    }

    void start(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object started) {
        if (!settings.dailyJobEnabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, JOB_NAME);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.execute(this::runToday);
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.with(settings.dailyJobTime());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        scheduler.scheduleAtFixedRate(this::runToday, Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    }

    private void runToday() {
        try {
            runFor(LocalDate.now(clock));
        } catch (RuntimeException e) {
            // the next day's run (or a restart) catches up; a failure must not end the schedule
            LOG.log(Level.SEVERE, "Credential daily job failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
