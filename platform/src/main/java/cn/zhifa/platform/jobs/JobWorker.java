package cn.zhifa.platform.jobs;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The worker of this instance: if any {@link JobHandler} is deployed (and {@code zhifa.jobs.worker.enabled}),
 * a virtual thread claims jobs of the handled kinds whenever one of the {@code zhifa.jobs.concurrency} slots is
 * free — at once after a local enqueue, otherwise every {@code zhifa.jobs.poll-interval-ms} — and runs each on
 * its own virtual thread as the job's requester; a scheduler writes the heartbeat of running jobs every third
 * of the lease. On shutdown it stops claiming and waits up to {@code zhifa.jobs.shutdown-grace-ms} for running
 * jobs; a job still running then is taken again by another instance once its lease expires.
 */
@ApplicationScoped
public class JobWorker {
    private static final Logger LOG = Logger.getLogger(JobWorker.class.getName());

    private final JobQueue queue;
    private final JobSettings settings;
    private final Instance<JobHandler> handlerBeans;
    private final CurrentActor actor;
    private final Semaphore wake = new Semaphore(0);
    private final Set<Job> running = ConcurrentHashMap.newKeySet();
    private Map<String, JobHandler> handlers = Map.of();
    private volatile boolean active;
    private Semaphore slots;
    private Thread poller;
    private ExecutorService executor;
    private ScheduledExecutorService heartbeats;

    @Inject
    public JobWorker(JobQueue queue, JobSettings settings, Instance<JobHandler> handlerBeans, CurrentActor actor) {
        this.queue = queue;
        this.settings = settings;
        this.handlerBeans = handlerBeans;
        this.actor = actor;
    }

    void start(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object started) {
        Map<String, JobHandler> found = new TreeMap<>();
        handlerBeans.forEach(h -> {
            if (found.put(h.kind(), h) != null) {
                throw new IllegalStateException("two job handlers for kind " + h.kind());
            }
        });
        if (!settings.workerEnabled() || found.isEmpty()) {
            LOG.info(() -> "Job worker not started (" + (found.isEmpty() ? "no job handlers" : "disabled") + ")");
            return;
        }
        synchronized (this) {
            handlers = Map.copyOf(found);
            slots = new Semaphore(settings.concurrency());
            executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("zhifa-job-", 1).factory());
            heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                    .name("zhifa-job-heartbeat").factory());
            heartbeats.scheduleWithFixedDelay(this::beat, settings.heartbeatMs(), settings.heartbeatMs(),
                    TimeUnit.MILLISECONDS);
            queue.onEnqueue(wake::release);
            active = true;
            poller = Thread.ofVirtual().name("zhifa-job-poller").start(this::poll);
        }
        LOG.info(() -> "Job worker " + settings.instanceId() + " takes " + handlers.keySet() + " ("
                + settings.concurrency() + " at a time, lease " + settings.leaseMs() + " ms)");
    }

    private void poll() {
        while (active) {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                return;
            }
            Optional<Job> claimed = Optional.empty();
            try {
                claimed = queue.claim(settings.instanceId(), handlers.keySet());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot claim a job (will try again)", e);
            }
            if (claimed.isPresent() && active) {
                Job job = claimed.get();
                running.add(job);
                executor.execute(() -> run(job));
                continue;
            }
            slots.release();
            try {
                if (wake.tryAcquire(settings.pollIntervalMs(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void run(Job job) {
        long started = System.nanoTime();
        try {
            JobHandler handler = handlers.get(job.kind());
            String result = actor.callAs(job.requester(), () -> handler.run(job, context(job)));
            if (!queue.complete(job, result)) {
                LOG.warning(() -> "Job " + job.id() + " finished after this instance lost it (attempt "
                        + job.attempts() + "); its result was not stored");
            }
        } catch (ProblemException e) {
            if (e.status() >= 500) {
                failQuietly(job, e.code(), e.code() + " " + e.args());
            } else {
                refuseQuietly(job, e);
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Job " + job.id() + " (" + job.kind() + ") failed", e);
            failQuietly(job, "JOB_FAILED", e.toString());
        } finally {
            running.remove(job);
            slots.release();
            LOG.fine(() -> "Job " + job.id() + " ran " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    private JobContext context(Job job) {
        return new JobContext() {
            @Override
            public long jobId() {
                return job.id();
            }

            @Override
            public int attempt() {
                return job.attempts();
            }

            @Override
            public boolean phase(String phase) {
                return queue.heartbeat(job, phase);
            }
        };
    }

    private void refuseQuietly(Job job, ProblemException e) {
        try {
            queue.refuse(job, e);
        } catch (RuntimeException storeFailed) {
            LOG.log(Level.SEVERE, "Cannot store the refusal of job " + job.id(), storeFailed);
        }
    }

    private void failQuietly(Job job, String code, String message) {
        try {
            queue.fail(job, code, message);
        } catch (RuntimeException storeFailed) {
            LOG.log(Level.SEVERE, "Cannot store the failure of job " + job.id(), storeFailed);
        }
    }

    private void beat() {
        for (Job job : running) {
            try {
                if (!queue.heartbeat(job, null)) {
                    LOG.warning(() -> "Job " + job.id() + " is no longer held by this instance");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot write the heartbeat of job " + job.id(), e);
            }
        }
    }

    /** The kinds this instance takes (empty when the worker is not running). */
    public Set<String> kinds() {
        return active ? handlers.keySet() : Set.of();
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        synchronized (this) {
            if (!active) {
                return;
            }
            active = false;
        }
        poller.interrupt();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.shutdownGraceMs(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> running.size() + " job(s) still running at shutdown; another instance takes "
                        + "them when their lease expires");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeats.shutdownNow();
        LOG.info(() -> "Job worker " + settings.instanceId() + " stopped");
    }
}
