package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/** A row of {@code insp_plan} (抽查计划). */
public record PlanRow(long id, String name, long matterId, int planYear, int teamSize, int inspectorCap,
                      LocalDate startsOn, LocalDate endsOn, String state, Long previousPlanId, String cancelReason,
                      Long publishedAtMs, Long resultsPublishedAtMs, int version) {

    public boolean published() {
        return publishedAtMs != null;
    }

    public boolean resultsPublished() {
        return resultsPublishedAtMs != null;
    }
}
