package cn.zhifa.planner.mapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.zhifa.planner.domain.Disclosure;
import cn.zhifa.planner.domain.EntropySource;
import cn.zhifa.planner.domain.PlanState;

/**
 * A row of {@code insp_plan} (抽查计划), with the instants of its seal and draw (null until they happen) and the
 * public entropy source it names (both null when it names none). {@code disclosure} is the moment its drawn targets
 * become public: the one its seal recorded once sealed, the one named at creation before.
 */
public record PlanRow(long id, String name, long matterId, int planYear, int teamSize, int inspectorCap,
                      LocalDate startsOn, LocalDate endsOn, PlanState state, Long previousPlanId, String cancelReason,
                      Long publishedAtMs, Long resultsPublishedAtMs, int version, Long sealedAtMs, Long drawnAtMs,
                      String entropySourceDescription, Long entropyAvailableAtMs, Disclosure disclosure) {

    /** The public source of the draw's external value, if the plan names one. */
    public Optional<EntropySource> namedEntropySource() {
        return entropySourceDescription == null ? Optional.empty()
                : Optional.of(new EntropySource(entropySourceDescription, Instant.ofEpochMilli(entropyAvailableAtMs)));
    }

    /** Whether the public sees the drawn targets and teams on business day {@code today}. */
    public boolean disclosed(LocalDate today) {
        return disclosure.reached(published(), resultsPublished(), startsOn, today);
    }

    public boolean published() {
        return publishedAtMs != null;
    }

    public boolean resultsPublished() {
        return resultsPublishedAtMs != null;
    }
}
