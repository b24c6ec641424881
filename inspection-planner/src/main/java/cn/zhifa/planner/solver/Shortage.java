package cn.zhifa.planner.solver;

/**
 * Why a draw cannot be staffed, per area and category: the inspections on the source side of a minimum cut
 * need {@code needed} officer-visits (人次) but only {@code availableOfficers} officers, able to take
 * {@code capacity} visits in all, can serve them. By max-flow/min-cut this is a proof, not a time-out. In a joint plan
 * the officers must also belong to {@code agencyCode} (null: any agency).
 */
public record Shortage(String area, String category, int needed, int availableOfficers, int capacity,
                       String agencyCode) {

    /** A shortage of officers of {@code category} from any agency. */
    public Shortage(String area, String category, int needed, int availableOfficers, int capacity) {
        this(area, category, needed, availableOfficers, capacity, null);
    }
}
