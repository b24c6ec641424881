package cn.zhifa.planner.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhifa.planner.domain.PlanAction;
import cn.zhifa.planner.domain.Sha256;
import cn.zhifa.planner.mapper.DrawMapper;
import cn.zhifa.planner.mapper.DrawRow;
import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.planner.mapper.InspectionRow;
import cn.zhifa.planner.mapper.InspectorRow;
import cn.zhifa.planner.mapper.MemberRow;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.ReplacementRow;
import cn.zhifa.planner.service.DrawViews.ReplacementView;
import cn.zhifa.planner.solver.TeamProblem;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * 更换检查人员 after the draw (a conflict found later, a suspended credential, illness): the officer leaves the
 * affected teams (those without a result yet, or the ones named); every other seat of the plan stays pinned and
 * the freed seats are filled by the same solver, seeded with {@code sha256hex(drawSeed:replacement:seq)}.
 */
@ApplicationScoped
public class ReplacementService {

    public static final Set<String> REASONS = Set.of("CONFLICT", "SUSPENDED", "ILLNESS", "OTHER");

    private final PlanService plans;
    private final DrawMapper draws;
    private final DrawInputs inputs;
    private final DrawStore store;
    private final DrawService drawService;
    private final Clock clock;
    private final InspectionMapper results;

    @Inject
    public ReplacementService(PlanService plans, DrawMapper draws, DrawInputs inputs, DrawStore store,
                              DrawService drawService, Clock clock, InspectionMapper results) {
        this.plans = plans;
        this.draws = draws;
        this.inputs = inputs;
        this.store = store;
        this.drawService = drawService;
        this.clock = clock;
        this.results = results;
    }

    /** {@code inspectionIds} limits the replacement (e.g. one conflicted target); null means all open ones. */
    public record NewReplacement(Long officerId, String reason, String note, List<Long> inspectionIds) {
    }

    public ReplacementView replace(long planId, NewReplacement req) {
        RequestValues.requireBody(req);
        new Violations()
                .require(req.officerId() != null, "officerId", "FIELD_REQUIRED")
                .require(req.reason() != null && REASONS.contains(req.reason()), "reason", "REPLACEMENT_REASON_UNKNOWN",
                        String.join(", ", REASONS.stream().sorted().toList()))
                .require(req.note() == null || req.note().length() <= 1000, "note", "FIELD_TOO_LONG", 1000)
                .throwIfInvalid();
        PlanRow plan = plans.changeable(planId);
        requireReplaceable(plan);
        DrawRow draw = draws.findDraw(planId).orElseThrow();
        List<InspectionRow> inspections = draws.inspections(planId);
        List<MemberRow> active = draws.members(planId).stream().filter(MemberRow::active).toList();
        long officer = req.officerId();
        Set<Long> onTeam = new HashSet<>();
        active.stream().filter(m -> m.officerId() == officer).forEach(m -> onTeam.add(m.inspectionId()));
        // an inspection with a result, or with a matter's result of a joint one, has taken place: its team stays
        Set<Long> visited = new HashSet<>();
        results.planMatterResults(planId).stream().filter(m -> m.resultCode() != null)
                .forEach(m -> visited.add(m.inspectionId()));
        List<InspectionRow> affected = inspections.stream()
                .filter(i -> onTeam.contains(i.id()) && i.resultCode() == null && !visited.contains(i.id()))
                .filter(i -> req.inspectionIds() == null || req.inspectionIds().contains(i.id()))
                .toList();
        new Violations().require(!affected.isEmpty(), "officerId", "REPLACEMENT_NOTHING_TO_REPLACE", officer)
                .throwIfRejected();

        int seq = draws.nextReplacementSeq(planId);
        String seed = Sha256.hex(draw.seed() + ":replacement:" + seq);
        long now = clock.millis();
        Set<Long> affectedIds = new HashSet<>(affected.stream().map(InspectionRow::id).toList());
        Map<Long, List<Long>> teams = solve(plan, seed, inspections, active, officer, affectedIds, now);
        ReplacementRow row = new ReplacementRow(0, planId, seq, officer, req.reason(),
                req.note() == null || req.note().isBlank() ? null : req.note().strip(), seed, now);
        return store.saveReplacement(row, affected, teams, active, drawService.inspectorsById(planId));
    }

    /** 409 unless the plan is drawn and its results are not published (checked again under the plan's lock). */
    static void requireReplaceable(PlanRow plan) {
        PlanService.requireAllowed(plan, PlanAction.REPLACE);
        if (plan.resultsPublished()) {
            throw ProblemException.conflict("RESULTS_ALREADY_PUBLISHED", plan.id());
        }
    }

    /**
     * The teams after removing {@code officer} from the affected inspections: every other active member is kept
     * (pinned), the freed seats are filled by the solver with the replacement's seed, and conflicts count as
     * declared up to {@code untilMs}. The same inputs give the same teams, which {@link #replayAll} checks.
     */
    private Map<Long, List<Long>> solve(PlanRow plan, String seed, List<InspectionRow> inspections,
                                        List<MemberRow> active, long officer, Set<Long> affectedIds, long untilMs) {
        DrawInputs.Tasks shape = inputs.tasks(plan);
        List<TeamProblem.Task> tasks = new ArrayList<>();
        Set<TeamProblem.OfficerTarget> excluded = new HashSet<>();
        for (InspectionRow i : inspections) {
            List<Long> kept = active.stream().filter(m -> m.inspectionId() == i.id())
                    .filter(m -> !(affectedIds.contains(i.id()) && m.officerId() == officer))
                    .map(MemberRow::officerId).toList();
            tasks.add(shape.task(i.id(), i.creditCode(), i.areaCode(), kept));
            if (affectedIds.contains(i.id())) {
                excluded.add(new TeamProblem.OfficerTarget(officer, i.creditCode()));
            }
        }
        return drawService.teamsOrRefuse(plan.id(),
                drawService.assigner().assign(inputs.problem(plan, seed, tasks, untilMs, excluded)));
    }

    /**
     * Re-runs every recorded replacement of a plan from the memberships as they stood before it and says whether
     * each one chose the same officers as recorded.
     */
    public boolean replayAll(long planId) {
        PlanRow plan = plans.row(planId);
        List<InspectionRow> inspections = draws.inspections(planId);
        List<MemberRow> members = draws.members(planId);
        List<ReplacementRow> replacements = draws.replacements(planId);
        Map<Long, Integer> seqOf = new HashMap<>();
        replacements.forEach(r -> seqOf.put(r.id(), r.seqNo()));
        for (ReplacementRow r : replacements) {
            int n = r.seqNo();
            List<MemberRow> before = members.stream()
                    .filter(m -> m.addedBy() == null || seqOf.get(m.addedBy()) < n)
                    .filter(m -> m.removedBy() == null || seqOf.get(m.removedBy()) >= n).toList();
            Set<Long> affected = new HashSet<>();
            members.stream().filter(m -> m.removedBy() != null && m.removedBy() == r.id())
                    .forEach(m -> affected.add(m.inspectionId()));
            Map<Long, List<Long>> teams = solve(plan, r.seed(), inspections, before, r.officerId(), affected,
                    r.replacedAtMs());
            for (long inspection : affected) {
                Set<Long> recorded = new HashSet<>();
                members.stream().filter(m -> m.inspectionId() == inspection && m.addedBy() != null
                        && m.addedBy() == r.id()).forEach(m -> recorded.add(m.officerId()));
                Set<Long> recomputed = new HashSet<>(teams.get(inspection));
                before.stream().filter(m -> m.inspectionId() == inspection).forEach(m -> recomputed.remove(m.officerId()));
                if (!recorded.equals(recomputed)) {
                    return false;
                }
            }
        }
        return true;
    }

    public List<ReplacementView> list(long planId) {
        List<MemberRow> members = draws.members(planId);
        Map<Long, InspectorRow> inspectors = drawService.inspectorsById(planId);
        return draws.replacements(planId).stream().map(r -> ReplacementView.of(r, inspectors.get(r.officerId()),
                members.stream().filter(m -> r.id() == (m.removedBy() == null ? -1 : m.removedBy()))
                        .map(MemberRow::inspectionId).distinct().toList())).toList();
    }
}
