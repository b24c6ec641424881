package cn.zhifa.planner.service;

import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.platform.contract.InspectionTeams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The teams of inspections as evidence-store reads them: the same membership that lets an officer record a result,
 * and the plan's agencies that decide which planners and judicial bureaux read the evidence.
 */
@ApplicationScoped
public class InspectionTeamsService implements InspectionTeams {
    private final InspectionMapper inspections;
    private final PlannerScopes scopes;

    @Inject
    public InspectionTeamsService(InspectionMapper inspections, PlannerScopes scopes) {
        this.inspections = inspections;
        this.scopes = scopes;
    }

    @Override
    public java.util.List<String> agencies(long inspectionId) {
        return inspections.find(inspectionId).map(i -> scopes.agencies(i.planId())).orElse(java.util.List.of());
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
