package cn.zhifa.planner.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.zhifa.planner.domain.DivisionCodes;
import cn.zhifa.planner.domain.DrawDemand;
import cn.zhifa.planner.domain.InspectorStanding.Exclusion;
import cn.zhifa.planner.domain.SamplingRules;
import cn.zhifa.planner.mapper.SealTargetRow;
import cn.zhifa.planner.solver.Shortage;
import cn.zhifa.planner.solver.TeamAssigner;
import cn.zhifa.planner.solver.TeamProblem;
import cn.zhifa.platform.dictionary.CodeName;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the frozen inspectors can staff the plan's draws, decided at seal by the draw's own maximum flow
 * ({@link TeamAssigner#shortages}) on what every draw will or may ask ({@link DrawDemand}); conflicts of interest
 * and the previous plan are left to the draw, which checks them exactly. A shortage that every draw meets refuses
 * the seal (422); one that only some draws meet is a warning. Each line names the area and the category and counts
 * the officers left out there by reason ({@link InspectorSnapshot}).
 */
@ApplicationScoped
public class SealStaffing {

    static final String SEED = "seal";

    private final ShortageLines lines;

    @Inject
    public SealStaffing(ShortageLines lines) {
        this.lines = lines;
    }

    /** The plan's figures the check needs. */
    public record Plan(String category, int teamSize, int cap, SamplingRules rules) {
    }

    /** The warnings (shortages some draws meet); throws 422 with every line when some shortage is certain. */
    public List<Violation> check(Plan plan, List<SealTargetRow> targets, InspectorSnapshot.Frozen frozen) {
        Map<String, String> areaOf = new HashMap<>();
        targets.forEach(t -> areaOf.put(t.creditCode(), t.areaCode()));
        DrawDemand demand = DrawDemand.of(plan.rules(), targets.stream().map(SealTargetRow::drawTarget).toList(),
                t -> areaOf.get(t.creditCode()));
        List<TeamProblem.Inspector> inspectors = frozen.inspectors().stream()
                .map(i -> new TeamProblem.Inspector(i.row().officerId(), Set.copyOf(i.areas()), Set.of(plan.category())))
                .toList();

        List<Violation> certain = new ArrayList<>();
        Set<String> sureAreas = new HashSet<>();
        TeamAssigner.shortages(problem(plan, inspectors, demand, true, null)).forEach(s -> {
            sureAreas.add(s.area());
            certain.add(line("SEAL_STAFFING_SHORTAGE", s, frozen.excluded()));
        });
        // Draws may spread over the areas so that no area is short for sure, yet the whole plan is.
        long seats = (long) demand.total() * plan.teamSize();
        long capacity = (long) inspectors.size() * Math.min(plan.cap(), demand.total());
        if (certain.isEmpty() && capacity < seats) {
            certain.add(total(plan, demand.total(), seats, inspectors.size(), capacity, frozen.excluded()));
        }
        List<Violation> possible = new ArrayList<>();
        for (String area : demand.areas().keySet()) {
            if (!sureAreas.contains(area) && demand.areas().get(area).most() > 0) {
                TeamAssigner.shortages(problem(plan, inspectors, demand, false, area))
                        .forEach(s -> possible.add(line("SEAL_STAFFING_RISK", s, frozen.excluded())));
            }
        }
        if (!certain.isEmpty()) {
            throw ProblemException.rejected(Stream.concat(certain.stream(), possible.stream()).toList());
        }
        return possible;
    }

    /**
     * The least demand of every area together ({@code least}), or the most of one area alone: a stratum's draws
     * spread over the areas, so the areas' maxima cannot all occur in one draw.
     */
    private static TeamProblem problem(Plan plan, List<TeamProblem.Inspector> inspectors, DrawDemand demand,
                                       boolean least, String onlyArea) {
        List<TeamProblem.Task> tasks = new ArrayList<>();
        demand.areas().forEach((area, bounds) -> {
            if (onlyArea == null || onlyArea.equals(area)) {
                for (int i = 0; i < (least ? bounds.least() : bounds.most()); i++) {
                    tasks.add(new TeamProblem.Task(tasks.size() + 1, area + "#" + i, area, plan.category()));
                }
            }
        });
        return new TeamProblem(SEED, plan.teamSize(), plan.cap(), tasks, inspectors, Set.of(), Set.of());
    }

    private Violation line(String code, Shortage s, List<InspectorSnapshot.Excluded> excluded) {
        return lines.line(code, s, countsByReason(excluded.stream()
                .filter(e -> e.areas().stream().anyMatch(a -> DivisionCodes.covers(a, s.area()))).toList()));
    }

    private Violation total(Plan plan, int targets, long seats, int officers, long capacity,
                            List<InspectorSnapshot.Excluded> excluded) {
        CodeName category = lines.category(plan.category());
        List<Object> args = new ArrayList<>(List.of(targets, plan.teamSize(), seats, officers, plan.cap(), capacity,
                category.name(), category.nameEn()));
        args.addAll(countsByReason(excluded));
        return new Violation("inspectors", "SEAL_STAFFING_TOTAL", args);
    }

    /** How many of the officers left out fail each rule, in {@link Exclusion} order (the messages' last arguments). */
    static List<Object> countsByReason(List<InspectorSnapshot.Excluded> excluded) {
        Map<Exclusion, Set<Long>> officers = new EnumMap<>(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            officers.put(e, new HashSet<>());
        }
        excluded.forEach(e -> e.reasons().forEach(r -> officers.get(r).add(e.candidate().officerId())));
        return officers.values().stream().map(Set::size).<Object>map(n -> n).toList();
    }
}
