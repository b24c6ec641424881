package cn.zhifa.planner.solver;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The teams of one independent part of a draw (planning solution). Hard: the law and the plan; medium:
 * fairness (even workload, rarely repeated partners); soft: the seeded random preference.
 */
@PlanningSolution
public class TeamSchedule {

    @ProblemFactCollectionProperty
    private List<Officer> officers;
    @ProblemFactCollectionProperty
    private List<InspectionTask> tasks;
    @PlanningEntityCollectionProperty
    private List<TeamSeat> seats;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public TeamSchedule() {
    }

    public TeamSchedule(List<Officer> officers, List<InspectionTask> tasks, List<TeamSeat> seats) {
        this.officers = officers;
        this.tasks = tasks;
        this.seats = seats;
    }

    public List<Officer> getOfficers() {
        return officers;
    }

    public List<InspectionTask> getTasks() {
        return tasks;
    }

    public List<TeamSeat> getSeats() {
        return seats;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
