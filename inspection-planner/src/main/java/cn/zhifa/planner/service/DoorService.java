package cn.zhifa.planner.service;

import java.util.List;

import cn.zhifa.planner.mapper.DoorMemberRow;
import cn.zhifa.planner.mapper.FieldRecordMapper;
import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.planner.mapper.InspectionRow;
import cn.zhifa.platform.contract.SignedLinks;
import cn.zhifa.platform.dictionary.Dictionaries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The door QR of an inspection (检查组亮证): a URL signed like the credential QR (credential-service's key, through
 * {@link SignedLinks}) whose public answer shows the inspected party the team's names, credential numbers and the
 * credentials' live status, and that the inspection is genuine; nothing else of the plan. Where credential-service is
 * not deployed (planner-server alone) there is no signer: no door URL, and every door answer is not genuine.
 */
@ApplicationScoped
public class DoorService {
    static final String PATH = "/public/v1/inspections/%d/door?sig=%s";

    private final Instance<SignedLinks> signer;
    private final InspectionMapper inspections;
    private final FieldRecordMapper records;
    private final PlanService plans;
    private final Dictionaries dictionaries;

    @Inject
    public DoorService(Instance<SignedLinks> signer, InspectionMapper inspections, FieldRecordMapper records,
                       PlanService plans, Dictionaries dictionaries) {
        this.signer = signer;
        this.inspections = inspections;
        this.records = records;
        this.plans = plans;
        this.dictionaries = dictionaries;
    }

    public record DoorMember(String name, String credentialNumber, String status) {
    }

    /** {@code genuine} false: nothing else (matter, agency and team null). */
    public record DoorView(boolean genuine, String matter, String agency, List<DoorMember> team) {
        static final DoorView NOT_GENUINE = new DoorView(false, null, null, null);
    }

    private static String signedText(long inspectionId) {
        return "zhifa:inspection-door:" + inspectionId;
    }

    /** The door URL (path and query) of the inspection; null without a signer. */
    public String doorUrl(long inspectionId) {
        if (!signer.isResolvable()) {
            return null;
        }
        return PATH.formatted(inspectionId, signer.get().sign(signedText(inspectionId)));
    }

    private boolean genuine(long inspectionId, String sig) {
        return signer.isResolvable() && sig != null && sig.length() <= 200
                && signer.get().verify(signedText(inspectionId), sig);
    }

    /**
     * The door QR as a PNG (the picture the officer's phone shows at the door) of a genuine signature of an existing
     * inspection; empty otherwise. It carries nothing the signed URL does not.
     */
    public java.util.Optional<byte[]> qrPng(long inspectionId, String sig) {
        if (!genuine(inspectionId, sig) || inspections.find(inspectionId).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(signer.get().qrPng(PATH.formatted(inspectionId, sig)));
    }

    private record CoveredMatter(String name, String agencyCode) {
    }

    /** What the door QR shows: the team only for a genuine signature of an existing inspection. */
    public DoorView door(long inspectionId, String sig) {
        if (!genuine(inspectionId, sig)) {
            return DoorView.NOT_GENUINE;
        }
        InspectionRow inspection = inspections.find(inspectionId).orElse(null);
        if (inspection == null) {
            return DoorView.NOT_GENUINE;
        }
        // the matters this inspection covers (a joint plan's inspection: those its target falls in), not the plan's
        List<CoveredMatter> covered = inspections.matterResults(List.of(inspectionId)).stream()
                .map(m -> new CoveredMatter(m.matterName(), m.agencyCode())).toList();
        if (covered.isEmpty()) {
            covered = plans.matters(plans.row(inspection.planId())).stream()
                    .map(m -> new CoveredMatter(m.name(), m.agencyCode())).toList();
        }
        String matter = String.join("、", covered.stream().map(CoveredMatter::name).distinct().toList());
        String agency = String.join("、", covered.stream().map(CoveredMatter::agencyCode).filter(java.util.Objects::nonNull)
                .distinct().map(code -> dictionaries.agency(code).map(a -> a.name()).orElse(code)).toList());
        List<DoorMember> team = records.doorTeam(inspectionId).stream()
                .map((DoorMemberRow m) -> new DoorMember(m.name(), m.credentialNumber(), m.status())).toList();
        return new DoorView(true, matter, agency.isEmpty() ? null : agency, team);
    }
}
