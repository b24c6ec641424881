package cn.zhifa.planner.solver;

import java.util.List;
import java.util.Set;

/**
 * The seat of one matter in the team of a joint inspection (联合抽查): an officer qualified for the matter (its
 * enforcement category, of its agency) takes it, so that the team can inspect every matter it covers. A problem fact
 * of its inspection; {@link #allowedOfficers()} is the seat's value range: the qualified officers no seat rule of
 * {@link HardRule} forbids the inspection.
 */
public final class MatterSeat {

    private final long matterId;
    private final String category;
    private final String agencyCode;
    private final Set<Long> qualifiedOfficerIds;
    private final List<Officer> allowedOfficers;

    MatterSeat(long matterId, String category, String agencyCode, Set<Long> qualifiedOfficerIds,
               List<Officer> allowedOfficers) {
        this.matterId = matterId;
        this.category = category;
        this.agencyCode = agencyCode;
        this.qualifiedOfficerIds = Set.copyOf(qualifiedOfficerIds);
        this.allowedOfficers = List.copyOf(allowedOfficers);
    }

    public long getMatterId() {
        return matterId;
    }

    public String getCategory() {
        return category;
    }

    /** The matter's agency; null when any agency's officers may serve it. */
    public String getAgencyCode() {
        return agencyCode;
    }

    /** Whether {@code officer} is qualified for the matter: its category, of its agency. */
    public boolean admits(Officer officer) {
        return qualifiedOfficerIds.contains(officer.getId());
    }

    public List<Officer> allowedOfficers() {
        return allowedOfficers;
    }

    @Override
    public String toString() {
        return "matter" + matterId;
    }
}
