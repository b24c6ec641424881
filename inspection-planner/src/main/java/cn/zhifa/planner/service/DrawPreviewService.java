package cn.zhifa.planner.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RecentInspection;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.planner.domain.SamplingRules;
import cn.zhifa.planner.mapper.MatterRow;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.PreviewTargetRow;
import cn.zhifa.planner.mapper.RecentInspectionRow;
import cn.zhifa.planner.mapper.SealMapper;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The draw's preview (抽取预览) of a sealed plan: its frozen eligible targets by stratum, how many each stratum will
 * draw, and which targets were inspected for one of the plan's matters within
 * {@link PlannerSettings#recentInspectionMonths()} before the window starts ({@link RecentInspection}). Those stay
 * eligible: the flag informs, the draw is unchanged.
 */
@ApplicationScoped
public class DrawPreviewService {

    private final PlanService plans;
    private final SealMapper seals;
    private final PlannerSettings settings;

    @Inject
    public DrawPreviewService(PlanService plans, SealMapper seals, PlannerSettings settings) {
        this.plans = plans;
        this.seals = seals;
        this.settings = settings;
    }

    /** A stratum: eligible targets, the effective ratio, how many the draw takes, how many were recently inspected. */
    public record PreviewStratum(String riskLevel, String creditLevel, int eligible, BigDecimal ratio, int toDraw,
                                 int recentlyInspected) {
    }

    /** An eligible target; {@code lastInspectedOn} and {@code lastPlanId}: its latest recent inspection, if any. */
    public record PreviewTarget(String creditCode, String name, String riskLevel, String creditLevel, String areaCode,
                                boolean recentlyInspected, LocalDate lastInspectedOn, Long lastPlanId) {
    }

    /** The preview; {@code recentSince}: the first day that counts as recent. */
    public record Preview(long planId, LocalDate startsOn, int recentInspectionMonths, LocalDate recentSince,
                          int eligible, int toDraw, int recentlyInspected, List<PreviewStratum> strata,
                          List<PreviewTarget> targets) {
    }

    /** The preview of a plan the caller may read (403 otherwise), once sealed (409 {@code PLAN_NOT_SEALED} before). */
    public Preview preview(long planId) {
        PlanRow plan = plans.readable(planId);
        if (seals.find(planId).isEmpty()) {
            throw ProblemException.conflict("PLAN_NOT_SEALED", plan.state().name());
        }
        int months = settings.recentInspectionMonths();
        LocalDate since = RecentInspection.since(plan.startsOn(), months);
        List<Long> matterIds = plans.matters(plan).stream().map(MatterRow::id).toList();
        Map<String, RecentInspectionRow> latest = new HashMap<>();
        if (months > 0) {
            // oldest first: the last one kept is the latest
            seals.recentInspections(planId, matterIds, since, plan.startsOn()).forEach(r -> latest.put(r.creditCode(), r));
        }
        SamplingRules rules = plans.rules(planId);
        Map<RiskLevel, Map<CreditLevel, int[]>> counts = new EnumMap<>(RiskLevel.class);
        List<PreviewTarget> targets = new ArrayList<>();
        for (PreviewTargetRow t : seals.previewTargets(planId)) {
            RecentInspectionRow recent = latest.get(t.creditCode());
            int[] c = counts.computeIfAbsent(t.riskLevel(), r -> new EnumMap<>(CreditLevel.class))
                    .computeIfAbsent(t.creditLevel(), k -> new int[2]);
            c[0]++;
            if (recent != null) {
                c[1]++;
            }
            targets.add(new PreviewTarget(t.creditCode(), t.name(), t.riskLevel().name(), t.creditLevel().name(),
                    t.areaCode(), recent != null, recent == null ? null : recent.inspectedOn(),
                    recent == null ? null : recent.planId()));
        }
        List<PreviewStratum> strata = new ArrayList<>();
        counts.forEach((risk, byCredit) -> byCredit.forEach((credit, c) -> strata.add(new PreviewStratum(risk.name(),
                credit.name(), c[0], rules.effectiveRatio(risk, credit), rules.drawCount(risk, credit, c[0]), c[1]))));
        return new Preview(planId, plan.startsOn(), months, since, targets.size(),
                strata.stream().mapToInt(PreviewStratum::toDraw).sum(),
                strata.stream().mapToInt(PreviewStratum::recentlyInspected).sum(), strata, targets);
    }
}
