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

    /**
     * A matter of a joint plan: its category, its agency, and the sealed targets in its scope (their inspections
     * need a seat of the matter's agency and category each).
     */
    public record Matter(String category, String agencyCode, Set<String> creditCodes) {
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
        Found found = shortages(plan, null, demand, demand.total(), inspectors, frozen.excluded());
        if (!found.certain().isEmpty()) {
            throw ProblemException.rejected(Stream.concat(found.certain().stream(), found.possible().stream()).toList());
        }
        return found.possible();
    }

    /**
     * A joint plan's check, matter by matter: the inspections of a matter's targets need one seat each from the
     * officers of the matter's agency holding its category (officers of different agencies are different people, so
     * the matters of different agencies do not compete). Lines name the agency with the category; the team size
     * beyond the matters' seats is left to the draw.
     */
    public List<Violation> checkJoint(Plan plan, List<Matter> matters, List<SealTargetRow> targets,
                                      InspectorSnapshot.Frozen frozen) {
        List<Violation> certain = new ArrayList<>();
        List<Violation> possible = new ArrayList<>();
        for (Matter m : matters) {
            Map<String, String> areaOf = new HashMap<>();
            targets.forEach(t -> areaOf.put(t.creditCode(), m.creditCodes().contains(t.creditCode())
                    ? t.areaCode() : OUT_OF_SCOPE));
            DrawDemand demand = DrawDemand.of(plan.rules(), targets.stream().map(SealTargetRow::drawTarget).toList(),
                    t -> areaOf.get(t.creditCode()));
            List<TeamProblem.Inspector> inspectors = frozen.inspectors().stream()
                    .filter(i -> i.categories().contains(m.category()) && m.agencyCode().equals(i.row().agencyCode()))
                    .map(i -> new TeamProblem.Inspector(i.row().officerId(), Set.copyOf(i.areas()),
                            Set.of(m.category()))).toList();
            int least = demand.areas().entrySet().stream().filter(e -> !e.getKey().equals(OUT_OF_SCOPE))
                    .mapToInt(e -> e.getValue().least()).sum();
            Found found = shortages(new Plan(m.category(), 1, plan.cap(), plan.rules()), m.agencyCode(), demand, least,
                    inspectors, frozen.excluded());
            certain.addAll(found.certain());
            possible.addAll(found.possible());
        }
        if (!certain.isEmpty()) {
            throw ProblemException.rejected(Stream.concat(certain.stream(), possible.stream()).toList());
        }
        return possible;
    }

    /** The area of the targets outside a matter's scope in its demand: no inspection of the matter is asked there. */
    private static final String OUT_OF_SCOPE = "";

    private record Found(List<Violation> certain, List<Violation> possible) {
    }

    /**
     * The certain and the possible shortages of {@code demand} ({@code total} inspections at least) for
     * {@code inspectors}; {@code agencyCode} names the agency the officers must belong to (null: any).
     */
    private Found shortages(Plan plan, String agencyCode, DrawDemand demand, int total,
                            List<TeamProblem.Inspector> inspectors, List<InspectorSnapshot.Excluded> excluded) {
        List<Violation> certain = new ArrayList<>();
        Set<String> sureAreas = new HashSet<>();
        TeamAssigner.shortages(problem(plan, inspectors, demand, true, null)).forEach(s -> {
            sureAreas.add(s.area());
            certain.add(line("SEAL_STAFFING_SHORTAGE", withAgency(s, agencyCode), excluded));
        });
        // Draws may spread over the areas so that no area is short for sure, yet the whole plan is.
        long seats = (long) total * plan.teamSize();
        long capacity = (long) inspectors.size() * Math.min(plan.cap(), total);
        if (certain.isEmpty() && capacity < seats) {
            certain.add(total(plan, agencyCode, total, seats, inspectors.size(), capacity, excluded));
        }
        List<Violation> possible = new ArrayList<>();
        for (String area : demand.areas().keySet()) {
            if (!area.equals(OUT_OF_SCOPE) && !sureAreas.contains(area) && demand.areas().get(area).most() > 0) {
                TeamAssigner.shortages(problem(plan, inspectors, demand, false, area)).forEach(s ->
                        possible.add(line("SEAL_STAFFING_RISK", withAgency(s, agencyCode), excluded)));
            }
        }
        return new Found(certain, possible);
    }

    private static Shortage withAgency(Shortage s, String agencyCode) {
        return new Shortage(s.area(), s.category(), s.needed(), s.availableOfficers(), s.capacity(), agencyCode);
    }

    /**
     * The least demand of every area together ({@code least}), or the most of one area alone: a stratum's draws
     * spread over the areas, so the areas' maxima cannot all occur in one draw.
     */
    private static TeamProblem problem(Plan plan, List<TeamProblem.Inspector> inspectors, DrawDemand demand,
                                       boolean least, String onlyArea) {
        List<TeamProblem.Task> tasks = new ArrayList<>();
        demand.areas().forEach((area, bounds) -> {
            if (!area.equals(OUT_OF_SCOPE) && (onlyArea == null || onlyArea.equals(area))) {
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

    private Violation total(Plan plan, String agencyCode, int targets, long seats, int officers, long capacity,
                            List<InspectorSnapshot.Excluded> excluded) {
        CodeName category = lines.category(plan.category(), agencyCode);
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
