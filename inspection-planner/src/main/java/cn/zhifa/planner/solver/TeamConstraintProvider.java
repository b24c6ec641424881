package cn.zhifa.planner.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rules of a lawful and fair team (检查组), hard ones first; one method per constraint. Every hard constraint is
 * a {@link HardRule}, registered under its name, so the flow model enforces it too; seat rules test its predicate.
 */
public class TeamConstraintProvider implements ConstraintProvider {

    /**
     * An even workload matters more than rotating partners: one unit of workload imbalance outweighs any
     * realistic number of repeated pairings, so the loads stay within one of each other.
     */
    static final HardMediumSoftLongScore WORKLOAD_WEIGHT = HardMediumSoftLongScore.ofMedium(1_000);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                teamMembersDistinct(factory),
                inspectorEligible(factory),
                noConflictOfInterest(factory),
                noRepeatOfPreviousPlan(factory),
                inspectorCap(factory),
                matterSeatQualified(factory),
                evenWorkload(factory),
                rarelyRepeatedPartners(factory),
                seededRandomPreference(factory)
        };
    }

    /** 执法人员不得少于两人: a team's seats are filled by distinct officers. */
    Constraint teamMembersDistinct(ConstraintFactory factory) {
        return factory.forEachUniquePair(TeamSeat.class,
                        Joiners.equal(TeamSeat::getTask), Joiners.equal(TeamSeat::getOfficer))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(HardRule.TEAM_MEMBERS_DISTINCT.constraintName());
    }

    /** Credential ACTIVE for the window, category and area covering the target. */
    Constraint inspectorEligible(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> HardRule.INSPECTOR_ELIGIBLE.forbids(seat.getTask(), seat.getOfficer()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(HardRule.INSPECTOR_ELIGIBLE.constraintName());
    }

    /** 回避: a declared conflict of interest keeps the officer off the target. */
    Constraint noConflictOfInterest(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> HardRule.NO_CONFLICT_OF_INTEREST.forbids(seat.getTask(), seat.getOfficer()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(HardRule.NO_CONFLICT_OF_INTEREST.constraintName());
    }

    /** Not the same officer on the same target as in this matter's previous plan. */
    Constraint noRepeatOfPreviousPlan(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> HardRule.NO_REPEAT_OF_PREVIOUS_PLAN.forbids(seat.getTask(), seat.getOfficer()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(HardRule.NO_REPEAT_OF_PREVIOUS_PLAN.constraintName());
    }

    /** The plan's cap of inspections per inspector, penalised by the excess. */
    Constraint inspectorCap(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .groupBy(TeamSeat::getOfficer, ConstraintCollectors.count())
                .filter((officer, count) -> count > officer.getCap())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (officer, count) -> count - officer.getCap())
                .asConstraint(HardRule.INSPECTOR_CAP.constraintName());
    }

    /** 联合抽查: a matter's seat in a joint inspection is taken by an officer qualified for that matter. */
    Constraint matterSeatQualified(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> seat.getMatter() != null && !seat.getMatter().admits(seat.getOfficer()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(HardRule.MATTER_SEAT_QUALIFIED.constraintName());
    }

    /** Even workload: the sum of squared loads is least when loads differ by at most one. */
    Constraint evenWorkload(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .groupBy(TeamSeat::getOfficer, ConstraintCollectors.count())
                .penalizeLong(WORKLOAD_WEIGHT, (officer, count) -> (long) count * count)
                .asConstraint("Even workload");
    }

    /** Two officers teamed together k times cost k(k-1)/2: partners rotate instead of forming fixed pairs. */
    Constraint rarelyRepeatedPartners(ConstraintFactory factory) {
        return factory.forEachUniquePair(TeamSeat.class, Joiners.equal(TeamSeat::getTask))
                .filter((a, b) -> a.getOfficer() != b.getOfficer())
                .groupBy((a, b) -> OfficerPair.of(a.getOfficer(), b.getOfficer()), ConstraintCollectors.countBi())
                .filter((pair, count) -> count > 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (pair, count) -> (long) count * (count - 1) / 2)
                .asConstraint("Rarely repeated partners");
    }

    /** Randomness: among equally lawful and fair teams the draw's seed decides (lowest level). */
    Constraint seededRandomPreference(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, seat -> seat.getTask().preference(seat.getOfficer()))
                .asConstraint("Seeded random preference");
    }
}
