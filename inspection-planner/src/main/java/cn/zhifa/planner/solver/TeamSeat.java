package cn.zhifa.planner.solver;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** One place in an inspection team (planning entity); pinned when it is kept by a replacement. */
@PlanningEntity
public class TeamSeat {

    @PlanningId
    private long id;
    private InspectionTask task;
    @PlanningVariable
    private Officer officer;
    @PlanningPin
    private boolean pinned;
    /** The matter whose seat this is in a joint inspection; null for the other seats. */
    private MatterSeat matter;

    public TeamSeat() {
    }

    public TeamSeat(long id, InspectionTask task, Officer officer, boolean pinned) {
        this(id, task, officer, null, pinned);
    }

    public TeamSeat(long id, InspectionTask task, Officer officer, MatterSeat matter, boolean pinned) {
        this.id = id;
        this.task = task;
        this.officer = officer;
        this.matter = matter;
        this.pinned = pinned;
    }

    /** A matter's seat takes the officers qualified for the matter; any other seat the inspection's candidates. */
    @ValueRangeProvider
    public List<Officer> getAllowedOfficers() {
        return matter == null ? task.allowedOfficers() : matter.allowedOfficers();
    }

    public MatterSeat getMatter() {
        return matter;
    }

    public long getId() {
        return id;
    }

    public InspectionTask getTask() {
        return task;
    }

    public Officer getOfficer() {
        return officer;
    }

    public void setOfficer(Officer officer) {
        this.officer = officer;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public String toString() {
        return task + "#" + id + "=" + officer;
    }
}
