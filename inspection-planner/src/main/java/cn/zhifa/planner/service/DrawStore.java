package cn.zhifa.planner.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.zhifa.planner.domain.PlanAction;
import cn.zhifa.planner.domain.PlanLifecycle;
import cn.zhifa.planner.domain.TargetDraw;
import cn.zhifa.planner.mapper.DrawAttemptRow;
import cn.zhifa.planner.mapper.DrawMapper;
import cn.zhifa.planner.mapper.DrawRow;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.planner.mapper.InspectionRow;
import cn.zhifa.planner.mapper.InspectorRow;
import cn.zhifa.planner.mapper.MemberRow;
import cn.zhifa.planner.mapper.ReplacementRow;
import cn.zhifa.planner.mapper.SealTargetRow;
import cn.zhifa.planner.mapper.StratumRow;
import cn.zhifa.planner.service.DrawViews.DrawResponse;
import cn.zhifa.planner.service.DrawViews.InspectionView;
import cn.zhifa.planner.service.DrawViews.InspectorView;
import cn.zhifa.planner.solver.SolveStats;
import cn.zhifa.planner.solver.TeamOutcome;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/**
 * The writing half of draws and replacements, each one transaction. The draw's first statement moves the plan
 * from SEALED to DRAWN (or, for a failed attempt, to CANCELLED) conditionally: of two racing requests (on one
 * server or several) the second waits for the first's row lock, then changes no row and is answered 409, so a
 * seal has exactly one draw attempt; the attempt's primary key (the plan) says the same in the database.
 */
@ApplicationScoped
public class DrawStore {

    static final int BATCH = 500;

    static final int MAX_REASON = 2000;
    static final int MAX_CANCEL_REASON = 500;

    private final PlanService plans;
    private final DrawMapper draws;
    private final AuditLog audit;
    private final CurrentActor actor;

    @Inject
    public DrawStore(PlanService plans, DrawMapper draws, AuditLog audit, CurrentActor actor) {
        this.plans = plans;
        this.draws = draws;
        this.audit = audit;
        this.actor = actor;
    }

    /** A computed draw: the target draw, the snapshot rows of the drawn targets and the teams by credit code. */
    public record ComputedDraw(String externalEntropy, TargetDraw.Result targets, List<SealTargetRow> drawn,
                        Map<String, List<Long>> teams, SolveStats stats, long drawnAtMs, long conflictsUntilMs) {
    }

    /**
     * 抽取开始: the attempt is stored, public and audited ({@code PLAN_DRAW_STARTED}) before anything is computed, with
     * its entropy and seed, under the plan's row lock. A draw that dies mid-way leaves it STARTED: the seal then
     * takes no other entropy ({@link DrawService#checkDrawable}); a job or request with the same entropy finds it
     * and carries on (audited {@code PLAN_DRAW_RESUMED}), recomputing the same draw.
     */
    @Transactional(rollbackFor = Exception.class)
    public void startAttempt(long planId, String entropy, String seed, long nowMs, Long jobId) {
        PlanService.requireAllowed(plans.lockedRow(planId), PlanAction.DRAW);
        List<DrawAttemptRow> started = draws.attempts(planId);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("externalEntropy", entropy);
        summary.put("seed", seed);
        summary.put("jobId", jobId);
        if (started.isEmpty()) {
            draws.insertAttempt(new DrawAttemptRow(planId, entropy, seed, DrawAttemptRow.STARTED, null, null, jobId,
                    nowMs, null), actor.get().subject());
            audit.record("PLAN_DRAW_STARTED", "plan", String.valueOf(planId), summary, null);
        } else if (started.getFirst().externalEntropy().equals(entropy)) {
            summary.put("startedAtMs", started.getFirst().attemptedAtMs());
            audit.record("PLAN_DRAW_RESUMED", "plan", String.valueOf(planId), summary, null);
        } else {
            throw ProblemException.conflict("PLAN_DRAW_STARTED", planId, started.getFirst().externalEntropy());
        }
    }

    /** Stores the computed draw and ends its attempt as drawn at {@code endedAtMs}. */
    @Transactional(rollbackFor = Exception.class)
    public DrawResponse saveDraw(long planId, ComputedDraw c, Map<Long, InspectorRow> inspectors, Long jobId,
                                 long endedAtMs) {
        plans.change(planId, PlanAction.DRAW, null, c.drawnAtMs());
        completeAttempt(planId, DrawAttemptRow.DRAWN, null, null, jobId, endedAtMs);
        draws.insertStrata(planId, c.targets().strata().stream().map(s -> new StratumRow(s.riskLevel(),
                s.creditLevel(), s.eligible(), s.ratio(), s.drawnCreditCodes().size())).toList());
        for (int i = 0; i < c.drawn().size(); i += BATCH) {
            draws.insertInspections(planId, c.drawn().subList(i, Math.min(c.drawn().size(), i + BATCH)));
        }
        draws.snapshotTargetNames(planId);
        Map<String, Long> idOf = new HashMap<>();
        draws.inspections(planId).forEach(r -> idOf.put(r.creditCode(), r.id()));
        List<MemberRow> members = new ArrayList<>();
        c.teams().forEach((code, team) -> {
            for (int seat = 0; seat < team.size(); seat++) {
                members.add(member(idOf.get(code), seat + 1, inspectors.get(team.get(seat)), null));
            }
        });
        insertMembers(members);
        String teamsHash = DrawInputs.teamsHash(c.teams());
        SolveStats s = c.stats();
        draws.insertDraw(new DrawRow(planId, c.externalEntropy(), c.targets().seed(), teamsHash,
                PlannerSettings.SOLVER_VERSION, s.flowMillis(), s.solveMillis(), s.finalScore().toString(),
                c.drawnAtMs(), c.conflictsUntilMs()), actor.get().subject(), jobId);

        List<InspectionView> inspections = new ArrayList<>();
        Map<String, List<Long>> sorted = new TreeMap<>(c.teams());
        sorted.forEach((code, team) -> inspections.add(new InspectionView(idOf.get(code), code,
                team.stream().map(id -> view(inspectors.get(id))).toList())));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", c.targets().seed());
        summary.put("externalEntropy", c.externalEntropy());
        summary.put("drawn", c.drawn().size());
        summary.put("teamsHash", teamsHash);
        audit.record("PLAN_DRAWN", "plan", String.valueOf(planId), summary, null);
        return new DrawResponse(planId, c.targets().seed(), teamsHash, inspections);
    }

    /**
     * A draw attempt that failed: recorded with its reason (the refusal's messages, in Chinese as the public
     * record shows them) and the plan cancelled publicly, in one transaction. The seal is spent: a new plan
     * (a new seal, a new secret seed) starts over.
     */
    @Transactional(rollbackFor = Exception.class)
    public void saveFailedAttempt(long planId, String entropy, String seed, long endedAtMs, Long jobId,
                                  RuntimeException failure) {
        String code;
        String reason;
        if (failure instanceof ProblemException problem) {
            code = problem.violations().isEmpty() ? problem.code() : problem.violations().getFirst().code();
            reason = problem.violations().isEmpty() ? Messages.text(Messages.ZH, problem.code(), problem.args())
                    : String.join("；", problem.violations().stream()
                    .map(v -> Messages.text(Messages.ZH, v.code(), v.args())).toList());
        } else {
            code = "PLAN_DRAW_ERROR";
            reason = Messages.text(Messages.ZH, code, List.of(failure.getClass().getSimpleName()));
        }
        reason = cut(reason, MAX_REASON);
        String cancelReason = cut(Messages.text(Messages.ZH, "PLAN_DRAW_FAILED_REASON", List.of(reason)),
                MAX_CANCEL_REASON);
        plans.change(planId, PlanAction.FAIL_DRAW, cancelReason, endedAtMs);
        completeAttempt(planId, DrawAttemptRow.FAILED, code, reason, jobId, endedAtMs);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", seed);
        summary.put("externalEntropy", entropy);
        summary.put("problemCode", code);
        summary.put("reason", reason);
        summary.put("state", PlanLifecycle.target(PlanAction.FAIL_DRAW).name());
        audit.record("PLAN_DRAW_FAILED", "plan", String.valueOf(planId), summary, cancelReason);
    }

    /** Ends the started attempt; the plan's state change just made guarantees there is exactly one. */
    private void completeAttempt(long planId, String outcome, String code, String reason, Long jobId, long endedAtMs) {
        if (draws.completeAttempt(planId, DrawAttemptRow.STARTED, outcome, code, reason, jobId, endedAtMs) != 1) {
            throw new IllegalStateException("plan " + planId + " has no started draw attempt to end");
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * Ends the memberships of the replaced officer on the affected inspections and adds the new members in the
     * freed seats; the replacement's sequence number is unique per plan, so a racing replacement fails with 409.
     * The plan row is locked first and what the replacement was computed on is checked again under the lock:
     * results cannot be published, nor an affected inspection's result recorded, between the check and the write.
     */
    @Transactional(rollbackFor = Exception.class)
    public DrawViews.ReplacementView saveReplacement(ReplacementRow r, List<InspectionRow> affected,
                                              Map<Long, List<Long>> teams, List<MemberRow> activeMembers,
                                              Map<Long, InspectorRow> inspectors) {
        ReplacementService.requireReplaceable(plans.lockedRow(r.planId()));
        Map<Long, InspectionRow> now = new HashMap<>();
        draws.inspections(r.planId()).forEach(i -> now.put(i.id(), i));
        for (InspectionRow inspection : affected) {
            InspectionRow current = now.get(inspection.id());
            if (current.version() != inspection.version() || current.resultCode() != null) {
                throw ProblemException.conflict("INSPECTION_CHANGED_CONCURRENTLY", inspection.id());
            }
        }
        GeneratedKey key = new GeneratedKey();
        try {
            draws.insertReplacement(key, r, actor.get().subject());
        } catch (org.apache.ibatis.exceptions.PersistenceException e) {
            throw ProblemException.conflict("REPLACEMENT_CONCURRENT", r.planId());
        }
        List<MemberRow> added = new ArrayList<>();
        for (InspectionRow inspection : affected) {
            List<MemberRow> current = activeMembers.stream().filter(m -> m.inspectionId() == inspection.id()).toList();
            List<Long> kept = current.stream().map(MemberRow::officerId).filter(id -> id != r.officerId()).toList();
            int freedSeat = current.stream().filter(m -> m.officerId() == r.officerId()).findFirst()
                    .map(MemberRow::seatNo).orElseThrow();
            current.stream().filter(m -> m.officerId() == r.officerId())
                    .forEach(m -> draws.deactivateMember(m.id(), key.id()));
            teams.get(inspection.id()).stream().filter(id -> !kept.contains(id))
                    .forEach(id -> added.add(member(inspection.id(), freedSeat, inspectors.get(id), key.id())));
        }
        insertMembers(added);
        DrawViews.ReplacementView view = DrawViews.ReplacementView.of(r, inspectors.get(r.officerId()),
                affected.stream().map(InspectionRow::id).toList());
        audit.record("TEAM_MEMBER_REPLACED", "plan", String.valueOf(r.planId()), view, r.reasonCode()
                + (r.note() == null ? "" : ": " + r.note()));
        return view;
    }

    /**
     * Records that the teams computed for a plan broke hard rules and were not stored (their own transaction:
     * the refusal that follows must not roll the record back).
     */
    @Transactional(rollbackFor = Exception.class)
    public void recordUnlawfulTeams(long planId, List<TeamOutcome.Breach> breaches) {
        audit.record("TEAMS_REFUSED_UNLAWFUL", "plan", String.valueOf(planId), Map.of("breaches", breaches), null);
    }

    private void insertMembers(List<MemberRow> members) {
        for (int i = 0; i < members.size(); i += BATCH) {
            draws.insertMembers(members.subList(i, Math.min(members.size(), i + BATCH)));
        }
    }

    private static MemberRow member(long inspectionId, int seat, InspectorRow inspector, Long addedBy) {
        return new MemberRow(0, inspectionId, seat, inspector.officerId(), inspector.credentialNumber(),
                inspector.name(), true, addedBy, null);
    }

    static InspectorView view(InspectorRow i) {
        return new InspectorView(i.officerId(), i.name(), i.credentialNumber());
    }
}
