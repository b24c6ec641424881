package cn.zhifa.planner.mapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.zhifa.planner.domain.EntropySource;
import cn.zhifa.planner.domain.PlanState;

/**
 * A row of {@code insp_plan} (抽查计划), with the instants of its seal and draw (null until they happen) and the
 * public entropy source it names (both null when it names none).
 */
public record PlanRow(long id, String name, long matterId, int planYear, int teamSize, int inspectorCap,
                      LocalDate startsOn, LocalDate endsOn, PlanState state, Long previousPlanId, String cancelReason,
                      Long publishedAtMs, Long resultsPublishedAtMs, int version, Long sealedAtMs, Long drawnAtMs,
                      String entropySourceDescription, Long entropyAvailableAtMs) {

    /** The public source of the draw's external value, if the plan names one. */
    public Optional<EntropySource> namedEntropySource() {
        return entropySourceDescription == null ? Optional.empty()
                : Optional.of(new EntropySource(entropySourceDescription, Instant.ofEpochMilli(entropyAvailableAtMs)));
    }

    public boolean published() {
        return publishedAtMs != null;
    }

    public boolean resultsPublished() {
        return resultsPublishedAtMs != null;
    }
}
