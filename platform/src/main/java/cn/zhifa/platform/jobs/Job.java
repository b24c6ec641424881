package cn.zhifa.platform.jobs;

import cn.zhifa.platform.security.Actor;

import java.util.Arrays;
import java.util.Set;

/**
 * One row of the job queue ({@code shr_job}). States: {@value #QUEUED} → {@value #RUNNING} → {@value #DONE},
 * {@value #REFUSED} (the handler refused with a problem, e.g. 422) or {@value #FAILED} (an error, or the lease
 * expired more often than allowed). A RUNNING job whose heartbeat is older than the lease is claimed again.
 */
public record Job(long id, String kind, String subjectKey, String payload, String state, String phase,
                  String requestedBy, String requestedRoles, String requestedAgency, String instanceId, int attempts, long createdAtMs,
                  Long startedAtMs, Long heartbeatAtMs, Long endedAtMs, String result, Integer problemStatus,
                  String problemCode, String problemDetail) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String REFUSED = "REFUSED";
    public static final String FAILED = "FAILED";

    /** The phase of a job nobody has taken yet; handlers name their own phases after it. */
    public static final String PHASE_QUEUED = "QUEUED";
    /** The phase of every ended job. */
    public static final String PHASE_FINISHED = "FINISHED";

    public boolean finished() {
        return DONE.equals(state) || REFUSED.equals(state) || FAILED.equals(state);
    }

    /** Who asked for the job, with the roles and agency their token had: the actor the handler runs as. */
    public Actor requester() {
        return new Actor(requestedBy, requestedRoles == null || requestedRoles.isBlank() ? Set.of()
                : Set.copyOf(Arrays.asList(requestedRoles.split(","))), requestedAgency);
    }
}
