package cn.zhifa.platform.jobs;

import cn.zhifa.db.DuplicateKeys;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * The database-backed job queue shared by every instance (table {@code shr_job}). {@link #enqueue} adds a job,
 * at most one live (QUEUED or RUNNING) job per subject; {@link #claim} takes the oldest claimable job of the
 * given kinds with {@code SELECT … FOR UPDATE SKIP LOCKED} and marks it RUNNING in the same short transaction,
 * so two workers never take the same job and neither waits for the other's lock. Every later write of the
 * worker names its instance and attempt: an instance whose lease expired (it stalled, or the network was cut)
 * cannot overwrite the attempt that replaced it.
 */
@ApplicationScoped
public class JobQueue {
    static final long AWAIT_POLL_MS = 100;
    private static final int MAX_EXPIRED_PER_CLAIM = 20;

    private final JobMapper mapper;
    private final JobSettings settings;
    private final Clock clock;
    private final List<Runnable> enqueueListeners = new CopyOnWriteArrayList<>();

    @Inject
    public JobQueue(JobMapper mapper, JobSettings settings, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    /** The job asked for, or the live job of the same subject that was there first. */
    public record Enqueued(long id, boolean created) {
    }

    /**
     * Adds a job (committed at once). With a subject key, a live job of the same subject makes this return that
     * job with {@code created == false} instead; the unique index on the live key decides between racing
     * instances.
     */
    public Enqueued enqueue(String kind, String subjectKey, String payload, Actor requester) {
        for (int attempt = 0; attempt < 3; attempt++) {
            GeneratedKey key = new GeneratedKey();
            try {
                mapper.insert(key, kind, subjectKey, payload, requester.subject(), requester.rolesText(),
                        requester.agency(), clock.millis());
                enqueueListeners.forEach(Runnable::run);
                return new Enqueued(key.id(), true);
            } catch (PersistenceException e) {
                if (subjectKey == null || !DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                Optional<Job> live = mapper.findLive(subjectKey);
                if (live.isPresent()) {
                    return new Enqueued(live.get().id(), false);
                }
                // the live job ended between our insert and our look-up: try again
            }
        }
        throw ProblemException.conflict("JOB_SUBJECT_BUSY", subjectKey);
    }

    public Optional<Job> find(long id) {
        return mapper.find(id);
    }

    /** Called (on this instance) after every enqueue, so a local worker can claim at once instead of polling. */
    void onEnqueue(Runnable listener) {
        enqueueListeners.add(listener);
    }

    /**
     * Takes the oldest QUEUED job of these kinds, or a RUNNING one whose heartbeat is older than the lease, for
     * this instance: RUNNING, attempt + 1, heartbeat now. A stale job that has had all its attempts ends FAILED
     * ({@code JOB_LEASE_EXPIRED}) instead of running again.
     * <p>
     * Relies on the pool's READ COMMITTED ({@code DataSourceProducer}), so that InnoDB keeps no lock on the rows
     * the scan passes over (under REPEATABLE READ a locking scan that finds nothing locks every row it read, and
     * the other instances' claims would skip them); {@code force}, so that a claim that found nothing still ends
     * its transaction at once (MyBatis commits only sessions that wrote).
     */
    @Transactional(rollbackFor = Exception.class, force = true)
    public Optional<Job> claim(String instanceId, Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < MAX_EXPIRED_PER_CLAIM; i++) {
            long now = clock.millis();
            Optional<Job> next = mapper.lockNext(kinds, now - settings.leaseMs());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Job job = next.get();
            if (Job.RUNNING.equals(job.state()) && job.attempts() >= settings.maxAttempts()) {
                mapper.expire(job.id(), job.attempts(), JobProblems.toJson(ProblemException.of(500,
                        "JOB_LEASE_EXPIRED", job.id(), job.attempts())), now);
                continue;
            }
            mapper.markRunning(job.id(), instanceId, now);
            return mapper.find(job.id());
        }
        return Optional.empty();
    }

    /** Records a heartbeat and, if not null, the phase; false when the job is no longer this attempt's. */
    public boolean heartbeat(Job claimed, String phase) {
        return mapper.heartbeat(claimed.id(), claimed.instanceId(), claimed.attempts(), phase, clock.millis()) == 1;
    }

    /** DONE with the handler's result; false when the job is no longer this attempt's. */
    public boolean complete(Job claimed, String result) {
        return finish(claimed, Job.DONE, result, null, null, null);
    }

    /** REFUSED with the handler's problem (a 4xx), kept so that it can be answered again exactly. */
    public boolean refuse(Job claimed, ProblemException problem) {
        return finish(claimed, Job.REFUSED, null, problem.status(), problem.code(), JobProblems.toJson(problem));
    }

    /** FAILED with an error code and what went wrong (no stack trace; the log has it). */
    public boolean fail(Job claimed, String code, String message) {
        String text = message == null ? "" : message;
        ProblemException problem = new ProblemException(500, code,
                List.of(claimed.id(), text.substring(0, Math.min(text.length(), 2000))), List.of());
        return finish(claimed, Job.FAILED, null, 500, code, JobProblems.toJson(problem));
    }

    private boolean finish(Job claimed, String state, String result, Integer status, String code, String detail) {
        return mapper.finish(claimed.id(), claimed.instanceId(), claimed.attempts(), state, result, status, code,
                detail, clock.millis()) == 1;
    }

    /**
     * Waits until the job has ended or {@code max} has passed (reading the row every {@value #AWAIT_POLL_MS} ms,
     * so it sees jobs run by any instance) and returns the job as last read.
     */
    public Job await(long id, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            Job job = mapper.find(id).orElseThrow(() -> ProblemException.notFound("job", id));
            if (job.finished() || System.nanoTime() >= deadline) {
                return job;
            }
            try {
                Thread.sleep(Math.min(AWAIT_POLL_MS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }
}
