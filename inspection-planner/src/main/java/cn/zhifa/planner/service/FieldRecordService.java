package cn.zhifa.planner.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zhifa.planner.domain.Checklist;
import cn.zhifa.planner.domain.FieldRecordRule;
import cn.zhifa.planner.domain.FieldRecordRule.Missing;
import cn.zhifa.planner.domain.FieldRecordRule.Outcome;
import cn.zhifa.planner.mapper.ChecklistRow;
import cn.zhifa.planner.mapper.FieldRecordMapper;
import cn.zhifa.planner.mapper.FieldRecordRow;
import cn.zhifa.planner.mapper.FindingRow;
import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.planner.mapper.InspectionRow;
import cn.zhifa.planner.mapper.MatterRow;
import cn.zhifa.planner.mapper.MemberRow;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.planner.mapper.SignatureRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.contract.InspectionEvidence;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import org.mybatis.cdi.Transactional;

/**
 * The full-process record of an inspection (现场检查记录): check-in, findings item by item, the inspected party's
 * acknowledgement or noted refusal, each team member's confirmation (签名确认). Only officers on the inspection's
 * team write; they, and planners and judicial bureaux acting for one of the plan's agencies, read. What is missing is
 * {@link FieldRecordRule}'s; the record is final when the last member confirms a complete record, and afterwards
 * every change is 409 {@code RECORD_FINAL} (evidence-store, told by {@link InspectionTeamsService#isFinal}, takes no
 * more uploads). Every change is an audit event of the inspection.
 */
@ApplicationScoped
public class FieldRecordService {
    static final BigDecimal MAX_ACCURACY = BigDecimal.valueOf(100_000);

    private final FieldRecordMapper records;
    private final InspectionMapper inspections;
    private final PlanService plans;
    private final PlannerScopes scopes;
    private final ChecklistService checklists;
    private final InspectionEvidence evidence;
    private final DoorService doors;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public FieldRecordService(FieldRecordMapper records, InspectionMapper inspections, PlanService plans,
                              PlannerScopes scopes, ChecklistService checklists, InspectionEvidence evidence,
                              DoorService doors, AuditLog audit, CurrentActor actor, Clock clock) {
        this.doors = doors;
        this.records = records;
        this.inspections = inspections;
        this.plans = plans;
        this.scopes = scopes;
        this.checklists = checklists;
        this.evidence = evidence;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Check-in: the time is the server's; the position only if the officer's phone sent it. */
    public record CheckIn(BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyMeters) {
    }

    public record CheckInView(long at, long officerId, BigDecimal latitude, BigDecimal longitude,
                              BigDecimal accuracyMeters) {
    }

    public record Finding(String item, String outcome, String note) {
    }

    public record Findings(List<Finding> findings) {
    }

    public record FindingView(String item, String outcome, String note, String recordedBy, long recordedAtMs) {
    }

    /** The inspected party's acknowledgement; {@code refused}: it refused to sign (拒绝签字), the note says how. */
    public record Acknowledgement(String name, String position, Boolean refused, String note) {
    }

    public record AcknowledgementView(String name, String position, boolean refused, String note, long at) {
    }

    public record ConfirmationView(long officerId, String name, long at) {
    }

    public record InspectionView(long id, long planId, String creditCode, String targetName, long matterId) {
    }

    public record MissingView(String what, String item, String kind, Long officerId) {
        static MissingView of(Missing m) {
            return new MissingView(m.what(), m.item(), m.kind() == null ? null : m.kind().name(), m.officerId());
        }
    }

    /**
     * The record as the team, planners and the judicial bureau read it; {@code doorUrl}: the door QR's signed path
     * ({@link DoorService}; null where credential-service, which signs it, is not deployed).
     */
    public record RecordView(InspectionView inspection, ChecklistService.ChecklistView checklist, CheckInView checkIn,
                             List<FindingView> findings, List<InspectionEvidence.Piece> evidence,
                             AcknowledgementView acknowledgement, List<ConfirmationView> confirmations,
                             List<MissingView> missing, @JsonbProperty("final") boolean isFinal, Long finalAtMs, String doorUrl,
                             String resultCode) {
    }

    /** The inspection, its plan and the one matter whose check list it follows. */
    private record Context(InspectionRow inspection, PlanRow plan, List<MatterRow> matters) {
    }

    private Context context(long inspectionId) {
        InspectionRow inspection = inspections.find(inspectionId)
                .orElseThrow(() -> ProblemException.notFound("inspection", inspectionId));
        PlanRow plan = plans.row(inspection.planId());
        return new Context(inspection, plan, plans.matters(plan));
    }

    private boolean onTeam(Actor who, long inspectionId) {
        return who.officerId().isPresent() && inspections.isActiveMember(inspectionId, who.officerId().getAsLong());
    }

    /** 403 unless an officer on the team. */
    private long requireTeamOfficer(long inspectionId) {
        Actor who = actor.get();
        if (!onTeam(who, inspectionId)) {
            throw ProblemException.forbidden();
        }
        return who.officerId().getAsLong();
    }

    /** The record, locked; 409 before check-in or once final. */
    private FieldRecordRow changeable(long inspectionId) {
        FieldRecordRow row = records.lockRecord(inspectionId)
                .orElseThrow(() -> ProblemException.conflict("NOT_CHECKED_IN", inspectionId));
        if (row.isFinal()) {
            throw ProblemException.conflict("RECORD_FINAL", inspectionId);
        }
        return row;
    }

    @Transactional(rollbackFor = Exception.class)
    public RecordView checkIn(long inspectionId, CheckIn in) {
        Context c = context(inspectionId);
        long officer = requireTeamOfficer(inspectionId);
        CheckIn body = RequestValues.requireBody(in);
        new Violations()
                .require((body.latitude() == null) == (body.longitude() == null),
                        body.latitude() == null ? "latitude" : "longitude", "COORDINATES_INCOMPLETE")
                .require(body.accuracyMeters() == null || body.latitude() != null, "latitude", "COORDINATES_INCOMPLETE")
                .require(body.latitude() == null || body.latitude().abs().compareTo(BigDecimal.valueOf(90)) <= 0,
                        "latitude", "LATITUDE_INVALID")
                .require(body.longitude() == null || body.longitude().abs().compareTo(BigDecimal.valueOf(180)) <= 0,
                        "longitude", "LONGITUDE_INVALID")
                .require(body.accuracyMeters() == null || (body.accuracyMeters().signum() >= 0
                        && body.accuracyMeters().compareTo(MAX_ACCURACY) <= 0), "accuracyMeters", "ACCURACY_INVALID")
                .throwIfInvalid();
        new Violations().require(c.matters().size() == 1, "inspection", "JOINT_RECORD_UNSUPPORTED").throwIfRejected();
        long matterId = c.matters().getFirst().id();
        ChecklistRow checklist = records.latestChecklist(matterId).orElse(null);
        new Violations().require(checklist != null, "checklist", "CHECKLIST_MISSING").throwIfRejected();
        long now = clock.millis();
        if (records.insertRecord(inspectionId, matterId, checklist.version(), now, officer,
                scale(body.latitude(), 6), scale(body.longitude(), 6), scale(body.accuracyMeters(), 1)) == 0) {
            throw ProblemException.conflict("ALREADY_CHECKED_IN", inspectionId);
        }
        RecordView view = view(c, records.findRecord(inspectionId).orElseThrow());
        audit.record("INSPECTION_CHECKED_IN", "inspection", String.valueOf(inspectionId), view.checkIn(), null);
        return view;
    }

    private static BigDecimal scale(BigDecimal value, int digits) {
        return value == null ? null : value.setScale(digits, java.math.RoundingMode.HALF_UP);
    }

    /** Records findings: each replaces the finding of its item; items not named keep theirs. */
    @Transactional(rollbackFor = Exception.class)
    public RecordView findings(long inspectionId, Findings in) {
        Context c = context(inspectionId);
        requireTeamOfficer(inspectionId);
        RequestValues.requireBody(in);
        Violations v = new Violations();
        v.require(in.findings() != null && !in.findings().isEmpty(), "findings", "FIELD_REQUIRED").throwIfInvalid();
        FieldRecordRow row = changeable(inspectionId);
        Set<String> codes = checklists.checklist(row.matterId(), row.checklistVersion()).items().stream()
                .map(Checklist.Item::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.findings().size(); i++) {
            Finding f = in.findings().get(i);
            String at = "findings[" + i + "]";
            if (f == null) {
                v.add(at, "FIELD_REQUIRED");
                continue;
            }
            v.require(f.item() != null && !f.item().isBlank(), at + ".item", "FIELD_REQUIRED")
                    .require(f.item() == null || f.item().isBlank() || codes.contains(f.item()), at + ".item",
                            "CHECKLIST_ITEM_UNKNOWN", f.item())
                    .require(f.item() == null || seen.add(f.item()), at + ".item", "CHECKLIST_ITEM_CODE_DUPLICATE",
                            f.item())
                    .require(f.outcome() != null, at + ".outcome", "FIELD_REQUIRED")
                    .require(f.outcome() == null || outcome(f.outcome()) != null, at + ".outcome", "OUTCOME_UNKNOWN")
                    .optionalText(at + ".note", f.note(), 1000);
        }
        v.throwIfInvalid();
        long now = clock.millis();
        String by = actor.get().subject();
        for (Finding f : in.findings()) {
            records.deleteFinding(inspectionId, f.item());
            records.insertFinding(inspectionId, new FindingRow(f.item(), f.outcome(), blankToNull(f.note()), by, now));
        }
        changed(inspectionId);
        RecordView view = view(c, records.findRecord(inspectionId).orElseThrow());
        audit.record("INSPECTION_FINDINGS_RECORDED", "inspection", String.valueOf(inspectionId), in.findings(), null);
        return view;
    }

    private static Outcome outcome(String name) {
        return Arrays.stream(Outcome.values()).filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A change of what members signed: their signatures no longer hold. */
    private void changed(long inspectionId) {
        records.clearConfirmations(inspectionId);
        records.touch(inspectionId);
    }

    /** The party's acknowledgement: its name when it signs; a note when it refuses (拒绝签字). */
    @Transactional(rollbackFor = Exception.class)
    public RecordView acknowledge(long inspectionId, Acknowledgement in) {
        Context c = context(inspectionId);
        requireTeamOfficer(inspectionId);
        RequestValues.requireBody(in);
        boolean refused = Boolean.TRUE.equals(in.refused());
        Violations v = new Violations().require(in.refused() != null, "refused", "FIELD_REQUIRED");
        if (refused) {
            v.optionalText("name", in.name(), 100).requireText("note", in.note(), 1000);
        } else {
            v.requireText("name", in.name(), 100).optionalText("note", in.note(), 1000);
        }
        v.optionalText("position", in.position(), 100).throwIfInvalid();
        changeable(inspectionId);
        records.setAcknowledgement(inspectionId, blankToNull(in.name()), blankToNull(in.position()), refused,
                blankToNull(in.note()), clock.millis());
        records.clearConfirmations(inspectionId);
        RecordView view = view(c, records.findRecord(inspectionId).orElseThrow());
        audit.record(refused ? "INSPECTION_ACKNOWLEDGEMENT_REFUSED" : "INSPECTION_ACKNOWLEDGED", "inspection",
                String.valueOf(inspectionId), view.acknowledgement(), null);
        return view;
    }

    /**
     * 签名确认 by the calling member, of a record complete but for signatures (422 {@code RECORD_INCOMPLETE} naming
     * what is missing); the last member's makes it final.
     */
    @Transactional(rollbackFor = Exception.class)
    public RecordView confirm(long inspectionId) {
        Context c = context(inspectionId);
        long officer = requireTeamOfficer(inspectionId);
        FieldRecordRow row = changeable(inspectionId);
        if (records.signatures(inspectionId).stream().anyMatch(s -> s.officerId() == officer)) {
            throw ProblemException.conflict("ALREADY_CONFIRMED", inspectionId);
        }
        List<Missing> before = FieldRecordRule.missingBeforeConfirmation(state(row));
        new Violations().require(before.isEmpty(), "missing", "RECORD_INCOMPLETE", before.size(),
                before.stream().map(Missing::toString).collect(Collectors.joining(", "))).throwIfRejected();
        long now = clock.millis();
        records.insertConfirmation(inspectionId, officer, now);
        audit.record("INSPECTION_RECORD_CONFIRMED", "inspection", String.valueOf(inspectionId),
                Map.of("officerId", officer), null);
        if (FieldRecordRule.missing(state(row)).isEmpty()) {
            records.setFinal(inspectionId, now);
            audit.record("INSPECTION_RECORD_FINAL", "inspection", String.valueOf(inspectionId),
                    Map.of("finalAtMs", now), null);
        }
        return view(c, records.findRecord(inspectionId).orElseThrow());
    }

    /** The record; before check-in it shows the current check list and CHECK_IN missing. */
    public RecordView get(long inspectionId) {
        Context c = context(inspectionId);
        Actor who = actor.get();
        if (!onTeam(who, inspectionId)) {
            if (!who.hasAny(Roles.PLANNER, Roles.JUDICIAL)) {
                throw ProblemException.forbidden();
            }
            scopes.requireParticipant(c.plan());
        }
        return records.findRecord(inspectionId).map(r -> view(c, r)).orElseGet(() -> notStarted(c));
    }

    /**
     * What the inspection's record still lacks, as {@link #get} shows it, for a caller whose scope covers the plan
     * (the list of open records, whose query is scoped).
     */
    List<MissingView> missing(long inspectionId) {
        return records.findRecord(inspectionId)
                .map(r -> FieldRecordRule.missing(state(r)).stream().map(MissingView::of).toList())
                .orElseGet(() -> notStarted(context(inspectionId)).missing());
    }

    private List<Long> team(long inspectionId) {
        return inspections.activeMembers(List.of(inspectionId)).stream().map(MemberRow::officerId).toList();
    }

    private FieldRecordRule.State state(FieldRecordRow row) {
        long id = row.inspectionId();
        Map<String, Outcome> findings = new LinkedHashMap<>();
        records.findings(id).forEach(f -> findings.put(f.itemCode(), Outcome.valueOf(f.outcome())));
        List<FieldRecordRule.Evidence> present = evidence.completed(id).stream()
                .map(p -> new FieldRecordRule.Evidence(Checklist.EvidenceKind.valueOf(p.kind()), p.item())).toList();
        Set<Long> signed = records.signatures(id).stream().map(SignatureRow::officerId).collect(Collectors.toSet());
        return new FieldRecordRule.State(true, checklists.checklist(row.matterId(), row.checklistVersion()), findings,
                present, row.ackRefused() != null, team(id), signed);
    }

    private InspectionView inspectionView(Context c, long matterId) {
        return new InspectionView(c.inspection().id(), c.plan().id(), c.inspection().creditCode(),
                c.inspection().targetName(), matterId);
    }

    private RecordView notStarted(Context c) {
        long matterId = c.matters().getFirst().id();
        ChecklistService.ChecklistView checklist = records.latestChecklist(matterId).map(checklists::view).orElse(null);
        Checklist rules = checklist == null ? new Checklist(List.of(), false)
                : checklists.checklist(matterId, checklist.version());
        List<Missing> missing = FieldRecordRule.missing(new FieldRecordRule.State(false, rules, Map.of(),
                List.of(), false, team(c.inspection().id()), Set.of()));
        return new RecordView(inspectionView(c, matterId), checklist, null, List.of(),
                evidence.completed(c.inspection().id()), null, List.of(),
                missing.stream().map(MissingView::of).toList(), false, null, doors.doorUrl(c.inspection().id()),
                c.inspection().resultCode());
    }

    private RecordView view(Context c, FieldRecordRow row) {
        long id = row.inspectionId();
        FieldRecordRule.State state = state(row);
        Map<Long, String> names = new java.util.HashMap<>();
        inspections.activeMembers(List.of(id)).forEach(m -> names.put(m.officerId(), m.officerName()));
        List<ConfirmationView> confirmations = new ArrayList<>();
        records.signatures(id).forEach(s -> confirmations.add(new ConfirmationView(s.officerId(),
                names.get(s.officerId()), s.confirmedAtMs())));
        return new RecordView(inspectionView(c, row.matterId()),
                checklists.view(records.checklist(row.matterId(), row.checklistVersion()).orElseThrow()),
                new CheckInView(row.checkedInAtMs(), row.checkedInBy(), row.latitude(), row.longitude(),
                        row.accuracyMeters()),
                records.findings(id).stream().map(f -> new FindingView(f.itemCode(), f.outcome(), f.note(),
                        f.recordedBy(), f.recordedAtMs())).toList(),
                evidence.completed(id),
                row.ackRefused() == null ? null : new AcknowledgementView(row.ackName(), row.ackPosition(),
                        row.ackRefused(), row.ackNote(), row.ackAtMs()),
                confirmations, FieldRecordRule.missing(state).stream().map(MissingView::of).toList(),
                row.isFinal(), row.finalAtMs(), doors.doorUrl(id), c.inspection().resultCode());
    }
}
