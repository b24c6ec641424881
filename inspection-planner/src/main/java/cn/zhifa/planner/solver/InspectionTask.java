package cn.zhifa.planner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A drawn target that needs a team (problem fact). The three officer sets are kept apart so that each hard
 * constraint checks one rule; {@link #allowedOfficers()} is the value range: the eligible officers that no seat rule
 * of {@link HardRule} forbids, the same test the constraints apply.
 */
public final class InspectionTask {

    @PlanningId
    private final long id;
    private final String creditCode;
    private final String area;
    private final String category;
    private final Set<Long> eligibleOfficerIds;
    private final Set<Long> conflictOfficerIds;
    private final Set<Long> previousOfficerIds;
    private final List<Officer> allowedOfficers;
    private final List<MatterSeat> matterSeats;
    private final long preferenceSalt;

    /**
     * @param eligibleOfficers   the officers of {@code eligibleOfficerIds}; inspections of one area and category
     *                           share the list, and share it as their value range when no other rule removes anyone
     */
    public InspectionTask(long id, String creditCode, String area, String category, List<Officer> eligibleOfficers,
                          Set<Long> eligibleOfficerIds, Set<Long> conflictOfficerIds, Set<Long> previousOfficerIds,
                          long preferenceSalt) {
        this(id, creditCode, area, category, eligibleOfficers, eligibleOfficerIds, conflictOfficerIds,
                previousOfficerIds, preferenceSalt, Map.of());
    }

    /**
     * An inspection of a joint plan: {@code qualified} lists, per matter it covers (in matter order), the eligible
     * officers qualified for that matter; each matter gets a seat of its own ({@link MatterSeat}).
     */
    public InspectionTask(long id, String creditCode, String area, String category, List<Officer> eligibleOfficers,
                          Set<Long> eligibleOfficerIds, Set<Long> conflictOfficerIds, Set<Long> previousOfficerIds,
                          long preferenceSalt, Map<TeamProblem.Matter, List<Officer>> qualified) {
        this(id, creditCode, area, category, eligibleOfficers, eligibleOfficerIds, conflictOfficerIds,
                previousOfficerIds, preferenceSalt, qualified,
                officers -> officers.stream().map(Officer::getId).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The same, {@code idsOf} giving the ids of a list of qualified officers: inspections of one area share their
     * (immutable) qualified lists, and through it one id set per list instead of one per inspection and matter.
     */
    InspectionTask(long id, String creditCode, String area, String category, List<Officer> eligibleOfficers,
                   Set<Long> eligibleOfficerIds, Set<Long> conflictOfficerIds, Set<Long> previousOfficerIds,
                   long preferenceSalt, Map<TeamProblem.Matter, List<Officer>> qualified,
                   Function<List<Officer>, Set<Long>> idsOf) {
        this.id = id;
        this.creditCode = creditCode;
        this.area = area;
        this.category = category;
        this.eligibleOfficerIds = eligibleOfficerIds;
        this.conflictOfficerIds = conflictOfficerIds;
        this.previousOfficerIds = previousOfficerIds;
        this.preferenceSalt = preferenceSalt;
        List<Officer> admitted = eligibleOfficers.stream().filter(o -> HardRule.admits(this, o)).toList();
        this.allowedOfficers = admitted.size() == eligibleOfficers.size() ? eligibleOfficers : admitted;
        // The rules judge an officer for the inspection, not for a seat: when they refuse none of the eligible
        // officers, an eligible officer (one of that list) is admitted to a matter's seat too; the others are judged.
        Predicate<Officer> admits = admitted.size() == eligibleOfficers.size()
                ? o -> isEligible(o) || HardRule.admits(this, o)
                : o -> HardRule.admits(this, o);
        List<MatterSeat> seats = new ArrayList<>();
        qualified.forEach((m, officers) -> {
            List<Officer> admittedHere = officers.stream().filter(admits).toList();
            seats.add(new MatterSeat(m.matterId(), m.category(), m.agencyCode(), idsOf.apply(officers),
                    admittedHere.size() == officers.size() ? officers : admittedHere));
        });
        this.matterSeats = List.copyOf(seats);
    }

    /** The matters of a joint inspection, each with its seat; empty for an inspection of one matter. */
    public List<MatterSeat> matterSeats() {
        return matterSeats;
    }

    public long getId() {
        return id;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getArea() {
        return area;
    }

    public String getCategory() {
        return category;
    }

    public List<Officer> allowedOfficers() {
        return allowedOfficers;
    }

    public boolean isEligible(Officer officer) {
        return eligibleOfficerIds.contains(officer.getId());
    }

    public boolean isConflicted(Officer officer) {
        return conflictOfficerIds.contains(officer.getId());
    }

    public boolean wasInspectedBy(Officer officer) {
        return previousOfficerIds.contains(officer.getId());
    }

    /**
     * The seeded random cost (0-1023) of putting {@code officer} on this target: the lowest level of the score,
     * so among equally fair teams the draw's seed, not the officers' order, decides.
     */
    public long preference(Officer officer) {
        return SeededMix.mix(preferenceSalt ^ (officer.getId() * 0x9E3779B97F4A7C15L)) & 1023;
    }

    @Override
    public String toString() {
        return creditCode;
    }
}
