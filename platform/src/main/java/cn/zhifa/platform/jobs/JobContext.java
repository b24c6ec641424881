package cn.zhifa.platform.jobs;

/** What a running handler may tell the queue: the phase it has reached (shown to whoever polls the job). */
public interface JobContext {
    long jobId();

    /** 1 for the first run of a job, more when an earlier instance's lease expired. */
    int attempt();

    /** Records the phase (and a heartbeat); false if this instance no longer holds the job. */
    boolean phase(String phase);

    /** A context for running a handler's work outside the queue (tests, replays): phases go nowhere. */
    static JobContext none() {
        return new JobContext() {
            @Override
            public long jobId() {
                return 0;
            }

            @Override
            public int attempt() {
                return 1;
            }

            @Override
            public boolean phase(String phase) {
                return true;
            }
        };
    }
}
