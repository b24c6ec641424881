package cn.zhifa.planner.service;

import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.platform.contract.InspectionTeams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The teams of inspections as evidence-store reads them: the same membership that lets an officer record a result. */
@ApplicationScoped
public class InspectionTeamsService implements InspectionTeams {
    private final InspectionMapper inspections;

    @Inject
    public InspectionTeamsService(InspectionMapper inspections) {
        this.inspections = inspections;
    }

    @Override
    public boolean exists(long inspectionId) {
        return inspections.find(inspectionId).isPresent();
    }

    @Override
    public boolean isMember(long inspectionId, long officerId) {
        return inspections.isActiveMember(inspectionId, officerId);
    }
}
