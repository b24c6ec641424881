package cn.zhifa.planner.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhifa.planner.domain.Sha256;
import cn.zhifa.planner.mapper.ConflictPair;
import cn.zhifa.planner.mapper.DrawMapper;
import cn.zhifa.planner.mapper.InspectorRow;
import cn.zhifa.planner.mapper.MatterMapper;
import cn.zhifa.planner.mapper.MatterRow;
import cn.zhifa.planner.mapper.MemberRow;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.SealMapper;
import cn.zhifa.planner.mapper.SealTargetRow;
import cn.zhifa.planner.mapper.TargetMatterRow;
import cn.zhifa.planner.solver.TeamProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the team problem of a plan from what was frozen at seal: the inspector snapshot, conflicts declared
 * up to a given instant (they are never deleted) and the original teams of the matter's previous plan. Every
 * input is read from stored data, so a draw or a replacement can be recomputed at any later time.
 */
@ApplicationScoped
public class DrawInputs {

    private final SealMapper seals;
    private final DrawMapper draws;
    private final MatterMapper matters;

    @Inject
    public DrawInputs(SealMapper seals, DrawMapper draws, MatterMapper matters) {
        this.seals = seals;
        this.draws = draws;
        this.matters = matters;
    }

    public Map<String, SealTargetRow> targets(long planId) {
        Map<String, SealTargetRow> out = new HashMap<>();
        seals.targets(planId).forEach(t -> out.put(t.creditCode(), t));
        return out;
    }

    public List<InspectorRow> inspectors(long planId) {
        return seals.inspectors(planId);
    }

    /** The problem for the given tasks; {@code extraConflicts} exclude replaced officers from their seats. */
    public TeamProblem problem(PlanRow plan, String seed, List<TeamProblem.Task> tasks, long conflictsUntilMs,
                               Set<TeamProblem.OfficerTarget> extraConflicts) {
        Map<Long, Set<String>> areas = new HashMap<>();
        seals.inspectorAreas(plan.id()).forEach(s -> areas.computeIfAbsent(s.officerId(), k -> new HashSet<>()).add(s.code()));
        Map<Long, Set<String>> categories = new HashMap<>();
        seals.inspectorCategories(plan.id())
                .forEach(s -> categories.computeIfAbsent(s.officerId(), k -> new HashSet<>()).add(s.code()));
        List<TeamProblem.Inspector> inspectors = new ArrayList<>();
        for (InspectorRow i : seals.inspectors(plan.id())) {
            inspectors.add(new TeamProblem.Inspector(i.officerId(),
                    areas.getOrDefault(i.officerId(), Set.of()), categories.getOrDefault(i.officerId(), Set.of()),
                    i.agencyCode()));
        }
        Set<TeamProblem.OfficerTarget> conflicts = new HashSet<>(extraConflicts);
        for (ConflictPair c : seals.conflicts(plan.id(), conflictsUntilMs)) {
            conflicts.add(new TeamProblem.OfficerTarget(c.officerId(), c.creditCode()));
        }
        Set<TeamProblem.OfficerTarget> previous = new HashSet<>();
        if (plan.previousPlanId() != null) {
            Map<Long, String> codeOf = new HashMap<>();
            draws.inspections(plan.previousPlanId()).forEach(i -> codeOf.put(i.id(), i.creditCode()));
            for (MemberRow m : draws.members(plan.previousPlanId())) {
                // The original draw only (added_by null): it never changes, later replacements do.
                if (m.addedBy() == null) {
                    previous.add(new TeamProblem.OfficerTarget(m.officerId(), codeOf.get(m.inspectionId())));
                }
            }
        }
        return new TeamProblem(seed, plan.teamSize(), plan.inspectorCap(), tasks, inspectors, conflicts, previous);
    }

    /**
     * How the plan's inspections ask for their teams: the matter's category, or for a joint plan the matters each
     * sealed target falls in (each with its category and agency), as the seal recorded them.
     */
    public Tasks tasks(PlanRow plan) {
        Map<Long, TeamProblem.Matter> byId = new HashMap<>();
        Map<String, List<TeamProblem.Matter>> covered = new HashMap<>();
        for (TargetMatterRow r : seals.targetMatters(plan.id())) {
            TeamProblem.Matter m = byId.computeIfAbsent(r.matterId(), id -> {
                MatterRow row = matters.find(id).orElseThrow();
                return new TeamProblem.Matter(id, row.categoryCode(), row.agencyCode());
            });
            covered.computeIfAbsent(r.creditCode(), k -> new ArrayList<>()).add(m);
        }
        return new Tasks(matters.find(plan.matterId()).orElseThrow().categoryCode(), covered);
    }

    /** Makes the team problem's tasks of a plan ({@link #tasks}). */
    public record Tasks(String category, Map<String, List<TeamProblem.Matter>> matters) {

        /** The task of an inspection; {@code kept} are the members a replacement keeps. */
        public TeamProblem.Task task(long id, String creditCode, String area, List<Long> kept) {
            List<TeamProblem.Matter> covered = matters.getOrDefault(creditCode, List.of());
            return new TeamProblem.Task(id, creditCode, area, covered.isEmpty() ? category
                    : covered.getFirst().category(), kept, covered);
        }
    }

    /** {@code sha256hex} of {@code creditCode:officerId,officerId\n} per inspection, in credit-code order. */
    public static String teamsHash(Map<String, List<Long>> teamsByCode) {
        StringBuilder sb = new StringBuilder();
        teamsByCode.keySet().stream().sorted().forEach(code -> {
            sb.append(code).append(':');
            List<Long> team = teamsByCode.get(code);
            for (int i = 0; i < team.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(team.get(i));
            }
            sb.append('\n');
        });
        return Sha256.hex(sb.toString());
    }
}
