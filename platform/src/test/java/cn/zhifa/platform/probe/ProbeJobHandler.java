package cn.zhifa.platform.probe;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.jobs.JobHandler;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A test-only job kind: payload {@code refuse} refuses with 422, {@code boom} throws, anything else answers
 * with the actor it ran as (subject, roles, agency), the attempt and the payload.
 */
@ApplicationScoped
public class ProbeJobHandler implements JobHandler {
    public static final String KIND = "test.probe";

    @Inject
    CurrentActor actor;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job, JobContext context) {
        context.phase("PROBING");
        return switch (job.payload()) {
            case "refuse" -> throw ProblemException.rejected(List.of(
                    Violation.of("teams", "TEAM_SHORTAGE", "500115", "FOOD", 12, 3, 30)));
            case "boom" -> throw new IllegalStateException("probe failure");
            default -> actor.get().subject() + "/" + actor.get().rolesText() + "/" + actor.get().agency() + "/"
                    + context.attempt() + "/" + job.payload();
        };
    }
}
