package cn.zhifa.planner.service;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import cn.zhifa.planner.service.DrawViews.DrawResponse;
import cn.zhifa.platform.error.Problem;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.ProblemResponses;
import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.jobs.JobHandler;
import cn.zhifa.platform.jobs.JobProblems;
import cn.zhifa.platform.jobs.JobQueue;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Draws as jobs of the shared queue (kind {@value #KIND}): a request checks what it can at once (entropy, plan
 * sealed), enqueues the draw with the plan as its subject — one live draw job per plan, on every instance — and
 * any instance's worker runs it. A second request while a draw of the plan is queued or running is refused with
 * 409 {@code PLAN_DRAW_IN_PROGRESS} naming the running job; after it, the plan is drawn and the answer is 409
 * {@code PLAN_ALREADY_DRAWN} as before. The job's result is the draw's response as JSON, so whoever waits for it
 * answers exactly what a draw inside the request answered.
 */
@ApplicationScoped
public class DrawJobs implements JobHandler {
    public static final String KIND = "planner.draw";
    private static final Jsonb JSON = JsonbBuilder.create();

    /** What a draw job is asked to do; public for JSON-B. */
    public record Payload(long planId, String externalEntropy) {
    }

    /** A draw job as {@code GET /api/v1/draw-jobs/{id}} shows it. */
    public record DrawJobView(long id, long planId, String state, String phase, String instanceId, int attempts,
                              String requestedBy, long createdAtMs, Long startedAtMs, Long heartbeatAtMs,
                              Long endedAtMs, String href, String result, Problem problem) {
    }

    private final JobQueue queue;
    private final DrawService draws;
    private final PlannerSettings settings;
    private final CurrentActor actor;
    private final PlanService plans;

    @Inject
    public DrawJobs(JobQueue queue, DrawService draws, PlannerSettings settings, CurrentActor actor,
                    PlanService plans) {
        this.plans = plans;
        this.queue = queue;
        this.draws = draws;
        this.settings = settings;
        this.actor = actor;
    }

    static String subject(long planId) {
        return "plan:" + planId;
    }

    public static String href(long jobId) {
        return "/api/v1/draw-jobs/" + jobId;
    }

    /** Where a drawn plan's draw record is published: a finished draw job's result. */
    public static String drawRecordHref(long planId) {
        return "/public/v1/plans/" + planId + "/draw-record";
    }

    /** Queues the draw of a sealed plan; 409 if the plan is not sealed or a draw of it is already queued. */
    public long submit(long planId, String externalEntropy) {
        plans.changeable(planId);
        draws.checkDrawable(planId, externalEntropy);
        JobQueue.Enqueued enqueued = queue.enqueue(KIND, subject(planId),
                JSON.toJson(new Payload(planId, externalEntropy)), actor.get());
        if (!enqueued.created()) {
            throw ProblemException.conflict("PLAN_DRAW_IN_PROGRESS", planId, enqueued.id());
        }
        return enqueued.id();
    }

    /** The job once it has ended, or as it is after {@code zhifa.planner.draw.wait-ms}. */
    public Job await(long jobId) {
        return queue.await(jobId, Duration.ofMillis(settings.drawWaitMs()));
    }

    /** A draw job; 404 for an unknown id and for a job of another kind. */
    public Job job(long jobId) {
        return queue.find(jobId).filter(j -> KIND.equals(j.kind()))
                .orElseThrow(() -> ProblemException.notFound("draw-job", jobId));
    }

    /** A draw job of a plan the caller may change (its lead agency in scope; 403 otherwise), as {@link #job}. */
    public Job jobInScope(long jobId) {
        Job job = job(jobId);
        plans.changeable(JSON.fromJson(job.payload(), Payload.class).planId());
        return job;
    }

    public DrawJobView view(Job job, Locale locale) {
        long planId = JSON.fromJson(job.payload(), Payload.class).planId();
        Problem problem = Job.REFUSED.equals(job.state()) || Job.FAILED.equals(job.state())
                ? (Problem) ProblemResponses.of(JobProblems.of(job), locale).getEntity() : null;
        return new DrawJobView(job.id(), planId, job.state(), job.phase(), job.instanceId(), job.attempts(),
                job.requestedBy(), job.createdAtMs(), job.startedAtMs(), job.heartbeatAtMs(), job.endedAtMs(),
                href(job.id()), Job.DONE.equals(job.state()) ? drawRecordHref(planId) : null,
                problem);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job, JobContext context) {
        Payload payload = JSON.fromJson(job.payload(), Payload.class);
        DrawResponse response = draws.draw(payload.planId(), payload.externalEntropy(), job.id(), context);
        return JSON.toJson(response);
    }
}
