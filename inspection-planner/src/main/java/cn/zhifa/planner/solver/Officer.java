package cn.zhifa.planner.solver;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** An eligible inspector (执法检查人员) as a planning value: identity and the plan's per-inspector cap. */
public final class Officer {

    @PlanningId
    private final long id;
    private final int cap;

    public Officer(long id, int cap) {
        this.id = id;
        this.cap = cap;
    }

    public long getId() {
        return id;
    }

    public int getCap() {
        return cap;
    }

    @Override
    public String toString() {
        return "Officer" + id;
    }
}
