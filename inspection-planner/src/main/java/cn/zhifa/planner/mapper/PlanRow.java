package cn.zhifa.planner.mapper;

import java.time.LocalDate;

import cn.zhifa.planner.domain.PlanState;

/** A row of {@code insp_plan} (抽查计划), with the instants of its seal and draw (null until they happen). */
public record PlanRow(long id, String name, long matterId, int planYear, int teamSize, int inspectorCap,
                      LocalDate startsOn, LocalDate endsOn, PlanState state, Long previousPlanId, String cancelReason,
                      Long publishedAtMs, Long resultsPublishedAtMs, int version, Long sealedAtMs, Long drawnAtMs) {

    public boolean published() {
        return publishedAtMs != null;
    }

    public boolean resultsPublished() {
        return resultsPublishedAtMs != null;
    }
}
