package cn.zhifa.planner.solver;

/** An unordered pair of officers by id, the key of the partner-rotation constraint. */
record OfficerPair(long lowId, long highId) {

    static OfficerPair of(Officer a, Officer b) {
        return a.getId() < b.getId() ? new OfficerPair(a.getId(), b.getId()) : new OfficerPair(b.getId(), a.getId());
    }
}
