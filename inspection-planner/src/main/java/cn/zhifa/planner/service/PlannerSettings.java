package cn.zhifa.planner.service;

import cn.zhifa.planner.solver.SolverLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the planner: the result deadline (working days after the window ends, default 20), the months within
 * which an earlier inspection of a target for the same matter is flagged in the draw's preview, the solver's
 * threads and its limits, how long a draw request waits for its job, the default retention of records and evidence. The limits and the constraints decide the teams, so changing either changes what a
 * replay of an earlier draw computes: change them only together with {@link #SOLVER_VERSION}, which every draw
 * records. The number of threads never changes a result.
 */
@ApplicationScoped
public class PlannerSettings {

    /** Names the constraint set and limits; published with every draw. */
    public static final String SOLVER_VERSION = "optaplanner-9.44/team-v1";

    private final int resultDeadlineWorkingDays;
    private final int solverThreads;
    private final long drawWaitMs;
    private final int recentInspectionMonths;
    private final int retentionYears;

    /** The longest retention a matter may ask for (an Object Lock date stays well inside what stores accept). */
    public static final int MAX_RETENTION_YEARS = 100;

    @Inject
    public PlannerSettings(
            @ConfigProperty(name = "zhifa.planner.result-deadline-working-days", defaultValue = "20") int deadlineDays,
            @ConfigProperty(name = "zhifa.planner.solver-threads", defaultValue = "2") int solverThreads,
            @ConfigProperty(name = "zhifa.planner.draw.wait-ms", defaultValue = "10000") long drawWaitMs,
            @ConfigProperty(name = "zhifa.planner.recent-inspection-months", defaultValue = "12")
            int recentInspectionMonths,
            @ConfigProperty(name = "zhifa.planner.retention-years", defaultValue = "30") int retentionYears) {
        this.resultDeadlineWorkingDays = deadlineDays;
        this.solverThreads = solverThreads;
        this.drawWaitMs = Math.max(0, drawWaitMs);
        if (recentInspectionMonths < 0 || recentInspectionMonths > 120) {
            throw new IllegalArgumentException("zhifa.planner.recent-inspection-months must be 0..120, not "
                    + recentInspectionMonths);
        }
        this.recentInspectionMonths = recentInspectionMonths;
        if (retentionYears < 1 || retentionYears > MAX_RETENTION_YEARS) {
            throw new IllegalArgumentException("zhifa.planner.retention-years must be 1 to " + MAX_RETENTION_YEARS
                    + ": " + retentionYears);
        }
        this.retentionYears = retentionYears;
    }

    /**
     * How many years an inspection's records and evidence are kept (音像资料归档保存) when its matter names no period
     * of its own; a matter may only ask for longer.
     */
    public int retentionYears() {
        return retentionYears;
    }

    /**
     * A target inspected for the same matter within this many months before a plan's window starts is flagged in the
     * draw's preview (防范检查扰民; default 12, 0: never flagged). The draw itself does not change.
     */
    public int recentInspectionMonths() {
        return recentInspectionMonths;
    }

    /**
     * How long {@code POST /plans/{id}/draw} waits for its draw job before answering 202 with the job to poll
     * (0: always 202).
     */
    public long drawWaitMs() {
        return drawWaitMs;
    }

    public int resultDeadlineWorkingDays() {
        return resultDeadlineWorkingDays;
    }

    public int solverThreads() {
        return solverThreads;
    }

    public SolverLimits solverLimits() {
        return SolverLimits.DEFAULT;
    }
}
