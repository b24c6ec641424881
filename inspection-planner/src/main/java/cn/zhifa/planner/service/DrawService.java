package cn.zhifa.planner.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import cn.zhifa.planner.domain.PlanAction;
import cn.zhifa.planner.domain.TargetDraw;
import cn.zhifa.planner.mapper.DrawMapper;
import cn.zhifa.planner.mapper.DrawRow;
import cn.zhifa.planner.mapper.InspectorRow;
import cn.zhifa.planner.mapper.MemberRow;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.SealMapper;
import cn.zhifa.planner.mapper.SealRow;
import cn.zhifa.planner.mapper.SealTargetRow;
import cn.zhifa.planner.service.DrawViews.DrawResponse;
import cn.zhifa.planner.service.DrawViews.InspectionView;
import cn.zhifa.planner.service.DrawViews.ReplayReport;
import cn.zhifa.planner.solver.TeamAssigner;
import cn.zhifa.planner.solver.TeamOutcome;
import cn.zhifa.planner.solver.TeamProblem;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.error.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * 抽取: the target draw of the public contract, then the teams. The draw is computed outside any transaction
 * (it may take seconds) and stored in one short transaction. It depends only on what the seal fixed: the target
 * and inspector snapshots, the conflicts of interest declared up to the seal, the previous plan. A seal allows
 * one attempt: one that fails (an infeasible draw, refused with 422 and a diagnosis per area and category) is
 * recorded publicly and cancels the plan, so nobody can try other external entropy until a convenient draw
 * comes out. Requests run it as a job of the shared queue ({@link DrawJobs}).
 */
@ApplicationScoped
public class DrawService {

    static final int MAX_ENTROPY = 256;

    private final PlanService plans;
    private final SealMapper seals;
    private final DrawMapper draws;
    private final DrawInputs inputs;
    private final DrawStore store;
    private final ShortageLines shortageLines;
    private final TeamAssigner assigner;
    private final Clock clock;

    @Inject
    public DrawService(PlanService plans, SealMapper seals, DrawMapper draws, DrawInputs inputs, DrawStore store,
                       ShortageLines shortageLines, PlannerSettings settings, Clock clock) {
        this.plans = plans;
        this.seals = seals;
        this.draws = draws;
        this.inputs = inputs;
        this.store = store;
        this.shortageLines = shortageLines;
        this.assigner = new TeamAssigner(settings.solverLimits(), settings.solverThreads());
        this.clock = clock;
    }

    /** The phases a draw job shows while it runs (after {@code QUEUED}, before {@code FINISHED}). */
    public static final String PHASE_DRAWING_TARGETS = "DRAWING_TARGETS";
    public static final String PHASE_ASSIGNING_TEAMS = "ASSIGNING_TEAMS";
    public static final String PHASE_STORING = "STORING";

    /**
     * Refuses, before anything is queued, what no draw can accept: too long an entropy, a plan not sealed, a value
     * the seal's entropy rule does not take (400), a named source whose moment has not come (422
     * {@code ENTROPY_NOT_YET_AVAILABLE}), and a value other than the one a started attempt of this seal recorded
     * (409 {@code PLAN_DRAW_STARTED}): a draw that died mid-way is finished with its own entropy or not at all.
     */
    public PlanRow checkDrawable(long planId, String externalEntropy) {
        String entropy = externalEntropy == null ? "" : externalEntropy;
        new Violations().require(entropy.length() <= MAX_ENTROPY, "externalEntropy", "FIELD_TOO_LONG", MAX_ENTROPY)
                .throwIfInvalid();
        PlanRow plan = plans.row(planId);
        PlanService.requireAllowed(plan, PlanAction.DRAW);
        SealRow seal = seal(plan);
        seal.entropyRule().refusal(plan.namedEntropySource(), entropy, clock.instant()).ifPresent(r -> {
            Violations v = new Violations().add(r.field(), r.code(), r.args().toArray());
            if ("ENTROPY_NOT_YET_AVAILABLE".equals(r.code())) {
                v.throwIfRejected();
            }
            v.throwIfInvalid();
        });
        draws.attempts(planId).stream().filter(a -> !a.externalEntropy().equals(entropy)).findFirst().ifPresent(a -> {
            throw ProblemException.conflict("PLAN_DRAW_STARTED", planId, a.externalEntropy());
        });
        return plan;
    }

    /** Draws at once, outside the job queue (demo data, tests of the draw itself). */
    public DrawResponse draw(long planId, String externalEntropy) {
        return draw(planId, externalEntropy, null, JobContext.none());
    }

    /**
     * The draw as a job runs it: computed outside any transaction, stored in one short transaction that also names
     * the job. A job taken again after its first instance died having committed the draw finds the draw it made
     * and answers with it, instead of refusing its own draw as a second one.
     */
    public DrawResponse draw(long planId, String externalEntropy, Long jobId, JobContext job) {
        String entropy = externalEntropy == null ? "" : externalEntropy;
        if (jobId != null && job.attempt() > 1) {
            Optional<DrawResponse> earlier = drawnBy(planId, jobId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        PlanRow plan = checkDrawable(planId, entropy);
        SealRow seal = seal(plan);
        long now = clock.millis();
        store.startAttempt(planId, entropy, TargetDraw.seed(seal.serverSeed(), entropy), now, jobId);
        DrawStore.ComputedDraw computed;
        try {
            computed = compute(plan, entropy, now, seal.sealedAtMs(), job::phase);
        } catch (RuntimeException failure) {
            job.phase(PHASE_STORING);
            store.saveFailedAttempt(planId, entropy, TargetDraw.seed(seal.serverSeed(), entropy), clock.millis(), jobId,
                    failure);
            throw failure;
        }
        job.phase(PHASE_STORING);
        return store.saveDraw(planId, computed, inspectorsById(planId), jobId, clock.millis());
    }

    /** The stored draw of a plan if the given job made it, as the draw answered it. */
    Optional<DrawResponse> drawnBy(long planId, long jobId) {
        Optional<DrawRow> draw = draws.findDraw(planId);
        if (draw.isEmpty() || !Long.valueOf(jobId).equals(draws.drawJobId(planId))) {
            return Optional.empty();
        }
        Map<Long, InspectorRow> inspectors = inspectorsById(planId);
        Map<String, Long> idOf = new HashMap<>();
        draws.inspections(planId).forEach(i -> idOf.put(i.creditCode(), i.id()));
        List<InspectionView> views = new ArrayList<>();
        new TreeMap<>(originalTeams(planId)).forEach((code, team) -> views.add(new InspectionView(idOf.get(code), code,
                team.stream().map(id -> DrawStore.view(inspectors.get(id))).toList())));
        return Optional.of(new DrawResponse(planId, draw.get().seed(), draw.get().teamsHash(), views));
    }

    private SealRow seal(PlanRow plan) {
        return seals.find(plan.id()).orElseThrow(() -> ProblemException.notFound("seal", plan.id()));
    }

    /** The draw from its inputs; conflicts count when declared up to {@code conflictsUntilMs} (the seal's instant). */
    DrawStore.ComputedDraw compute(PlanRow plan, String entropy, long drawnAtMs, long conflictsUntilMs,
                                   Consumer<String> phase) {
        phase.accept(PHASE_DRAWING_TARGETS);
        SealRow seal = seal(plan);
        Map<String, SealTargetRow> snapshot = inputs.targets(plan.id());
        TargetDraw.Result result = TargetDraw.draw(seal.serverSeed(), entropy, plans.rules(plan.id()),
                snapshot.values().stream().map(SealTargetRow::drawTarget).toList());
        DrawInputs.Tasks shape = inputs.tasks(plan);
        List<TeamProblem.Task> tasks = new ArrayList<>();
        List<SealTargetRow> drawn = new ArrayList<>();
        for (String code : result.drawnCreditCodes()) {
            SealTargetRow t = snapshot.get(code);
            drawn.add(t);
            tasks.add(shape.task(tasks.size() + 1, code, t.areaCode(), List.of()));
        }
        phase.accept(PHASE_ASSIGNING_TEAMS);
        TeamOutcome outcome = assigner().assign(inputs.problem(plan, result.seed(), tasks, conflictsUntilMs, Set.of()));
        Map<Long, List<Long>> byTask = teamsOrRefuse(plan.id(), outcome);
        Map<String, List<Long>> teams = new TreeMap<>();
        tasks.forEach(t -> teams.put(t.creditCode(), byTask.get(t.id())));
        return new DrawStore.ComputedDraw(entropy, result, drawn, teams,
                ((TeamOutcome.Assigned) outcome).stats(), drawnAtMs, conflictsUntilMs);
    }

    TeamAssigner assigner() {
        return assigner;
    }

    /**
     * The teams, or 422 naming (one line each) every area and category that lacks inspectors, or 422 naming every hard rule the
     * assembled teams break (audited: it means the flow model lacks a rule, see {@code HardRule}); nothing is stored.
     */
    Map<Long, List<Long>> teamsOrRefuse(long planId, TeamOutcome outcome) {
        return switch (outcome) {
            case TeamOutcome.Assigned assigned -> assigned.teams();
            case TeamOutcome.Infeasible infeasible -> throw ProblemException.rejected(infeasible.shortages().stream()
                    .map(s -> shortageLines.line("TEAM_SHORTAGE", s, List.of())).toList());
            case TeamOutcome.Unlawful unlawful -> {
                store.recordUnlawfulTeams(planId, unlawful.breaches());
                throw ProblemException.rejected(unlawful.breaches().stream()
                        .map(b -> Violation.of("teams", "TEAM_HARD_RULE_BROKEN", b.constraintName(), b.matches()))
                        .toList());
            }
        };
    }

    Map<Long, InspectorRow> inspectorsById(long planId) {
        Map<Long, InspectorRow> out = new HashMap<>();
        inputs.inspectors(planId).forEach(i -> out.put(i.officerId(), i));
        return out;
    }

    /**
     * Re-runs a stored draw from its record (seed, snapshot, conflicts up to the seal's instant, the previous
     * plan) and then its replacements, and says whether targets, teams and replacements come out identical to
     * what was stored and hashed.
     */
    public ReplayReport replay(long planId, ReplacementService replacements) {
        PlanRow plan = plans.row(planId);
        DrawRow draw = draws.findDraw(planId).orElseThrow(() -> ProblemException.conflict("PLAN_NOT_DRAWN", plan.state()));
        DrawStore.ComputedDraw again = compute(plan, draw.externalEntropy(), draw.drawnAtMs(),
                draw.conflictsCountedUntilMs(), p -> { });
        Map<String, List<Long>> stored = originalTeams(planId);
        String recomputed = DrawInputs.teamsHash(again.teams());
        boolean targets = again.teams().keySet().equals(stored.keySet());
        boolean teams = recomputed.equals(draw.teamsHash()) && DrawInputs.teamsHash(stored).equals(draw.teamsHash());
        boolean replaced = replacements.replayAll(planId);
        return new ReplayReport(planId, targets && teams && replaced, targets, teams, replaced, draw.teamsHash(),
                recomputed);
    }

    /** The teams as drawn (memberships not added by a replacement), by credit code in seat order. */
    Map<String, List<Long>> originalTeams(long planId) {
        Map<Long, String> codeOf = new HashMap<>();
        Map<String, List<Long>> teams = new LinkedHashMap<>();
        draws.inspections(planId).forEach(i -> {
            codeOf.put(i.id(), i.creditCode());
            teams.put(i.creditCode(), new ArrayList<>());
        });
        for (MemberRow m : draws.members(planId)) {
            if (m.addedBy() == null) {
                teams.get(codeOf.get(m.inspectionId())).add(m.officerId());
            }
        }
        return teams;
    }
}
