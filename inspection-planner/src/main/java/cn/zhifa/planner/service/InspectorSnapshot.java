package cn.zhifa.planner.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhifa.planner.domain.DivisionCodes;
import cn.zhifa.planner.domain.InspectorStanding.Exclusion;
import cn.zhifa.planner.mapper.CandidateRow;
import cn.zhifa.planner.mapper.CredentialScopeRow;
import cn.zhifa.planner.mapper.InspectorRow;
import cn.zhifa.planner.mapper.ScopeRow;
import cn.zhifa.planner.mapper.SealMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The inspector snapshot of a seal (执法检查人员名录库 as it stands): every credential of the matter's category with
 * an area overlapping the plan's is a candidate; those {@link cn.zhifa.planner.domain.InspectorStanding} admits are
 * frozen with their areas and categories (one credential per officer, the lowest number), the others are named with
 * their reasons so that the planner sees who is left out and why. Runs inside the seal's transaction.
 */
@ApplicationScoped
public class InspectorSnapshot {

    /** A frozen inspector with the areas and the categories of the credential. */
    public record Inspector(InspectorRow row, List<String> areas, Set<String> categories) {
    }

    /** A candidate left out, with every reason and the areas of the credential. */
    public record Excluded(CandidateRow candidate, List<Exclusion> reasons, List<String> areas) {
    }

    /** What the seal froze and whom it left out (officers who inspect with another credential are not named). */
    public record Frozen(List<Inspector> inspectors, List<Excluded> excluded) {
    }

    private final SealMapper seals;

    @Inject
    public InspectorSnapshot(SealMapper seals) {
        this.seals = seals;
    }

    /**
     * Freezes the inspectors of a plan over {@code planAreas}, {@code startsOn}-{@code endsOn}, holding one of
     * {@code categories} (the matter's; a joint plan's matters' categories).
     */
    public Frozen freeze(long planId, Collection<String> categories, LocalDate startsOn, LocalDate endsOn,
                         List<String> planAreas) {
        Map<String, List<String>> areasOf = byCredential(seals.candidateAreas(categories, startsOn));
        Map<String, List<String>> categoriesOf = byCredential(seals.candidateCategories(categories, startsOn));
        Map<Long, Inspector> chosen = new LinkedHashMap<>();
        List<Excluded> left = new ArrayList<>();
        for (CandidateRow c : seals.candidates(categories, startsOn)) {
            List<String> areas = areasOf.getOrDefault(c.credentialNumber(), List.of());
            boolean overlaps = areas.stream().anyMatch(a -> planAreas.stream()
                    .anyMatch(p -> DivisionCodes.covers(a, p) || DivisionCodes.covers(p, a)));
            if (!overlaps) {
                continue;
            }
            List<Exclusion> reasons = c.standing().exclusions(startsOn, endsOn);
            if (!reasons.isEmpty()) {
                left.add(new Excluded(c, reasons, areas));
            } else {
                // One credential per officer: should two be ACTIVE at once, the lowest number is taken.
                chosen.putIfAbsent(c.officerId(), new Inspector(c.inspector(), areas,
                        Set.copyOf(categoriesOf.getOrDefault(c.credentialNumber(), List.of()))));
            }
        }
        // An officer who inspects with one credential is not reported for another one.
        List<Excluded> excluded = left.stream().filter(e -> !chosen.containsKey(e.candidate().officerId())).toList();
        List<Inspector> inspectors = List.copyOf(chosen.values());
        if (!inspectors.isEmpty()) {
            store(planId, inspectors);
        }
        return new Frozen(inspectors, excluded);
    }

    private void store(long planId, List<Inspector> inspectors) {
        seals.insertInspectors(planId, inspectors.stream().map(Inspector::row).toList());
        seals.insertInspectorAreas(planId, inspectors.stream().flatMap(i -> i.areas().stream().distinct()
                .map(a -> new ScopeRow(i.row().officerId(), a))).toList());
        seals.insertInspectorCategories(planId, inspectors.stream().flatMap(i -> i.categories().stream().sorted()
                .map(k -> new ScopeRow(i.row().officerId(), k))).toList());
    }

    private static Map<String, List<String>> byCredential(List<CredentialScopeRow> rows) {
        Map<String, List<String>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.credentialNumber(), k -> new ArrayList<>()).add(r.code()));
        return out;
    }
}
