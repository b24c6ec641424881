package cn.zhifa.exam.service;

import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.jobs.JobHandler;
import cn.zhifa.platform.jobs.JobQueue;
import cn.zhifa.platform.jobs.Sweep;
import cn.zhifa.platform.security.Actor;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits the sittings whose time ran out when no request of their candidate comes (the browser was closed): every
 * {@code zhifa.exam.timeout-job.interval-seconds} each instance looks whether any sitting is overdue and, if so,
 * queues the job {@value #KIND} on the platform's job queue, one live job at a time across instances (subject
 * {@value #SUBJECT}). The job submits the overdue sittings, scored as they stood, {@value #BATCH} to a transaction
 * (a batch that fails is tried again one sitting at a time); running it again is harmless (a submitted sitting is left
 * alone), and a sitting that fails is logged and left for the next sweep.
 */
@ApplicationScoped
public class ExamTimeoutJob implements JobHandler {
    static final String KIND = "exam.timeouts";
    static final String SUBJECT = "exam-timeouts";
    /** Overdue sittings read at a time. */
    private static final int SCAN = 1000;
    /** Sittings submitted in one transaction. */
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ExamTimeoutJob.class.getName());

    private final SittingService sittings;
    private final JobQueue queue;
    private final ExamSettings settings;
    private Sweep sweep;

    @Inject
    public ExamTimeoutJob(SittingService sittings, JobQueue queue, ExamSettings settings) {
        this.sittings = sittings;
        this.queue = queue;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job, JobContext context) {
        int submitted = 0;
        List<Long> overdue = sittings.overdue(SCAN);
        while (!overdue.isEmpty()) {
            for (int from = 0; from < overdue.size(); from += BATCH) {
                submitted += submit(overdue.subList(from, Math.min(from + BATCH, overdue.size())));
            }
            context.phase("submitted " + submitted);
            List<Long> next = sittings.overdue(SCAN);
            if (next.equals(overdue)) {
                break;
            }
            overdue = next;
        }
        return "{\"submitted\":" + submitted + "}";
    }

    /** A batch in one transaction; if it fails, each of its sittings alone, so that one bad sitting holds up none. */
    private int submit(List<Long> batch) {
        try {
            return sittings.submitOverdue(batch);
        } catch (RuntimeException batchFailed) {
            LOG.log(Level.WARNING, "Exam sittings " + batch + " could not be submitted together; one by one now",
                    batchFailed);
        }
        int submitted = 0;
        for (long id : batch) {
            try {
                submitted += sittings.submitOverdue(List.of(id));
            } catch (RuntimeException e) {
                // its transaction rolled back: it stays overdue, is tried again by the next sweep, and the log says why
                LOG.log(Level.SEVERE, "Exam sitting " + id + " could not be submitted at its timeout", e);
            }
        }
        return submitted;
    }

    /** Queues the job if a sitting is overdue and no such job is live; true when one was queued. */
    public boolean queueIfOverdue() {
        if (sittings.overdue(1).isEmpty()) {
            return false;
        }
        return queue.enqueue(KIND, SUBJECT, "{}", Actor.SYSTEM).created();
    }

    void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object started) {
        if (settings.timeoutJobEnabled()) {
            sweep = Sweep.every(KIND, settings.timeoutSweepMs(), this::queueIfOverdue);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.close();
        }
    }
}
