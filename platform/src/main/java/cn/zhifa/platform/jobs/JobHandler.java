package cn.zhifa.platform.jobs;

/**
 * Runs the jobs of one kind; a CDI bean implementing this is found by every instance's {@link JobWorker},
 * which then takes jobs of that kind. The handler runs as the actor who requested the job. It returns the
 * result to store (text, usually JSON); a {@link cn.zhifa.platform.error.ProblemException} ends the job
 * REFUSED with that problem, any other exception FAILED. A job may run again on another instance when its
 * instance dies (lease expiry), so a handler must be safe to run again after a partial or complete earlier
 * attempt ({@link JobContext#attempt()} tells which attempt this is).
 */
public interface JobHandler {
    /** The kind of job handled, e.g. {@code planner.draw}. */
    String kind();

    String run(Job job, JobContext context);
}
