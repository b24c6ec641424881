package cn.zhifa.planner.service;

import cn.zhifa.planner.mapper.FieldRecordMapper;
import cn.zhifa.planner.mapper.FieldRecordRow;
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
    private final FieldRecordMapper records;
    private final PlanService plans;
    private final MatterService matters;
    private final PlannerSettings settings;

    @Inject
    public InspectionTeamsService(InspectionMapper inspections, PlannerScopes scopes, FieldRecordMapper records,
                                  PlanService plans, MatterService matters, PlannerSettings settings) {
        this.plans = plans;
        this.matters = matters;
        this.settings = settings;
        this.inspections = inspections;
        this.scopes = scopes;
        this.records = records;
    }

    /** Whether the inspection's full-process record is final (evidence-store then takes no new upload). */
    @Override
    public boolean isFinal(long inspectionId) {
        return records.findRecord(inspectionId).map(FieldRecordRow::isFinal).orElse(false);
    }

    /** The longest period of the matters of the inspection's plan; the default for an unknown inspection. */
    @Override
    public int retentionYears(long inspectionId) {
        return inspections.find(inspectionId)
                .flatMap(i -> plans.matters(plans.row(i.planId())).stream().map(matters::retentionYears)
                        .max(Integer::compare))
                .orElse(settings.retentionYears());
    }

    @Override
    public java.util.List<String> agencies(long inspectionId) {
        return inspections.find(inspectionId).map(i -> scopes.agencies(i.planId())).orElse(java.util.List.of());
    }

    @Override
    public java.util.List<Long> matters(long inspectionId) {
        return inspections.find(inspectionId).map(i -> {
            java.util.List<Long> covered = inspections.matterResults(java.util.List.of(inspectionId)).stream()
                    .map(cn.zhifa.planner.mapper.MatterResultRow::matterId).toList();
            return covered.isEmpty() ? java.util.List.of(plans.row(i.planId()).matterId()) : covered;
        }).orElse(java.util.List.of());
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
