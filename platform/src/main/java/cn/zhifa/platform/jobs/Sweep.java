package cn.zhifa.platform.jobs;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task an instance runs every interval on a daemon thread of its own (usually: look whether work is due and queue
 * a job for it). A run that throws is logged and the schedule goes on: the next run tries again.
 */
public final class Sweep implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Sweep.class.getName());
    private final ScheduledExecutorService scheduler;

    private Sweep(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts running {@code task} after {@code intervalMs} and then every {@code intervalMs}. */
    public static Sweep every(String name, long intervalMs, Runnable task) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sweep " + name + " failed; the next one tries again", e);
            }
        }, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
        return new Sweep(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
