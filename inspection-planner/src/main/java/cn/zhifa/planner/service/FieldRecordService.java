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
 * <p>
 * A joint plan's inspection covers several matters (one visit, one record): check-in keeps each matter's current
 * check list version, findings name their matter ({@code matterId}, optional when the inspection covers one), and any
 * member of the team, of whichever agency, records the findings of any matter and signs the whole record.
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
    private final MatterResults matterResults;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public FieldRecordService(FieldRecordMapper records, InspectionMapper inspections, PlanService plans,
                              PlannerScopes scopes, ChecklistService checklists, InspectionEvidence evidence,
                              DoorService doors, MatterResults matterResults, AuditLog audit, CurrentActor actor,
                              Clock clock) {
        this.doors = doors;
        this.matterResults = matterResults;
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

    /** {@code matterId}: the matter whose check list has the item; required when the inspection covers several. */
    public record Finding(Long matterId, String item, String outcome, String note) {
    }

    public record Findings(List<Finding> findings) {
    }

    public record FindingView(long matterId, String item, String outcome, String note, String recordedBy,
                              long recordedAtMs) {
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

    /** {@code matterId}: the matter of the item, on a record covering several matters only. */
    public record MissingView(String what, Long matterId, String item, String kind, Long officerId) {
        static MissingView of(Missing m) {
            return new MissingView(m.what(), m.matter(), m.item(), m.kind() == null ? null : m.kind().name(),
                    m.officerId());
        }
    }

    /**
     * A matter the inspection covers, with its agency and the check list the record keeps for it (before check-in
     * the current one; null when the matter has none).
     */
    public record MatterView(long matterId, String name, String agencyCode, String agencyName,
                             ChecklistService.ChecklistView checklist) {
    }

    /**
     * The record as the team, planners and the judicial bureau read it; {@code doorUrl}: the door QR's signed path
     * ({@link DoorService}; null where credential-service, which signs it, is not deployed). {@code matters}: each
     * matter covered with its check list; {@code checklist}: the only matter's, null for an inspection covering
     * several ({@code inspection.matterId} is then the first of {@code matters}).
     */
    public record RecordView(InspectionView inspection, ChecklistService.ChecklistView checklist,
                             List<MatterView> matters, CheckInView checkIn,
                             List<FindingView> findings, List<InspectionEvidence.Piece> evidence,
                             AcknowledgementView acknowledgement, List<ConfirmationView> confirmations,
                             List<MissingView> missing, @JsonbProperty("final") boolean isFinal, Long finalAtMs, String doorUrl,
                             String resultCode) {
    }

    /** A matter the inspection covers. */
    private record Covered(long id, String name, String agencyCode) {
    }

    /** The inspection, its plan and the matters it covers (in matter order), whose check lists it follows. */
    private record Context(InspectionRow inspection, PlanRow plan, List<Covered> matters) {
        boolean joint() {
            return matters.size() > 1;
        }

        boolean covers(long matterId) {
            return matters.stream().anyMatch(m -> m.id() == matterId);
        }
    }

    private Context context(long inspectionId) {
        InspectionRow inspection = inspections.find(inspectionId)
                .orElseThrow(() -> ProblemException.notFound("inspection", inspectionId));
        PlanRow plan = plans.row(inspection.planId());
        // a joint plan's inspection covers the matters its target falls in; a plan of one matter's, that matter
        List<Covered> covered = inspections.matterResults(List.of(inspectionId)).stream()
                .map(m -> new Covered(m.matterId(), m.matterName(), m.agencyCode())).toList();
        if (covered.isEmpty()) {
            MatterRow only = plans.matters(plan).getFirst();
            covered = List.of(new Covered(only.id(), only.name(), only.agencyCode()));
        }
        return new Context(inspection, plan, covered);
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
        // every matter covered needs its check list: the record keeps each one's current version
        Map<Long, ChecklistRow> current = new LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        for (Covered m : c.matters()) {
            records.latestChecklist(m.id()).ifPresentOrElse(l -> current.put(m.id(), l),
                    () -> without.add(m.name() + " (" + m.id() + ")"));
        }
        new Violations().require(without.isEmpty(), "checklist", "CHECKLIST_MISSING", String.join(", ", without))
                .throwIfRejected();
        long now = clock.millis();
        if (records.insertRecord(inspectionId, now, officer,
                scale(body.latitude(), 6), scale(body.longitude(), 6), scale(body.accuracyMeters(), 1)) == 0) {
            throw ProblemException.conflict("ALREADY_CHECKED_IN", inspectionId);
        }
        current.forEach((matterId, list) -> records.insertRecordChecklist(inspectionId, matterId, list.version()));
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
        changeable(inspectionId);
        Map<Long, Set<String>> codes = new LinkedHashMap<>();
        records.recordChecklists(inspectionId).forEach(l -> codes.put(l.matterId(),
                checklists.checklist(l.matterId(), l.checklistVersion()).items().stream()
                        .map(Checklist.Item::code).collect(Collectors.toSet())));
        Set<String> seen = new HashSet<>();
        Violations uncovered = new Violations();
        for (int i = 0; i < in.findings().size(); i++) {
            Finding f = in.findings().get(i);
            String at = "findings[" + i + "]";
            if (f == null) {
                v.add(at, "FIELD_REQUIRED");
                continue;
            }
            // the finding's matter: the one named, or the only one; null when it cannot be told
            Long matter = f.matterId() != null ? f.matterId() : c.joint() ? null : c.matters().getFirst().id();
            v.require(matter != null, at + ".matterId", "MATTER_ID_REQUIRED", c.matters().size());
            uncovered.require(f.matterId() == null || c.covers(f.matterId()), at + ".matterId", "MATTER_NOT_COVERED",
                    f.matterId(), inspectionId);
            Set<String> known = matter == null ? null : codes.get(matter);
            v.require(f.item() != null && !f.item().isBlank(), at + ".item", "FIELD_REQUIRED")
                    .require(f.item() == null || f.item().isBlank() || known == null || known.contains(f.item()),
                            at + ".item", "CHECKLIST_ITEM_UNKNOWN", f.item())
                    .require(f.item() == null || matter == null || seen.add(matter + "/" + f.item()), at + ".item",
                            "CHECKLIST_ITEM_CODE_DUPLICATE", f.item())
                    .require(f.outcome() != null, at + ".outcome", "FIELD_REQUIRED")
                    .require(f.outcome() == null || outcome(f.outcome()) != null, at + ".outcome", "OUTCOME_UNKNOWN")
                    .optionalText(at + ".note", f.note(), 1000);
        }
        v.throwIfInvalid();
        uncovered.throwIfRejected();
        long now = clock.millis();
        String by = actor.get().subject();
        for (Finding f : in.findings()) {
            long matter = f.matterId() != null ? f.matterId() : c.matters().getFirst().id();
            records.deleteFinding(inspectionId, matter, f.item());
            records.insertFinding(inspectionId, new FindingRow(matter, f.item(), f.outcome(), blankToNull(f.note()),
                    by, now));
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
        Map<Long, Map<String, Outcome>> findings = new LinkedHashMap<>();
        records.findings(id).forEach(f -> findings.computeIfAbsent(f.matterId(), k -> new LinkedHashMap<>())
                .put(f.itemCode(), Outcome.valueOf(f.outcome())));
        List<FieldRecordRule.Part> parts = records.recordChecklists(id).stream()
                .map(l -> new FieldRecordRule.Part(l.matterId(), checklists.checklist(l.matterId(),
                        l.checklistVersion()), findings.getOrDefault(l.matterId(), Map.of()))).toList();
        List<FieldRecordRule.Evidence> present = evidence.completed(id).stream()
                .map(p -> new FieldRecordRule.Evidence(Checklist.EvidenceKind.valueOf(p.kind()), p.matterId(),
                        p.item())).toList();
        Set<Long> signed = records.signatures(id).stream().map(SignatureRow::officerId).collect(Collectors.toSet());
        return new FieldRecordRule.State(true, parts, present, row.ackRefused() != null, team(id), signed);
    }

    private InspectionView inspectionView(Context c) {
        return new InspectionView(c.inspection().id(), c.plan().id(), c.inspection().creditCode(),
                c.inspection().targetName(), c.matters().getFirst().id());
    }

    private MatterView matterView(Covered m, ChecklistService.ChecklistView checklist) {
        return new MatterView(m.id(), m.name(), m.agencyCode(), matterResults.agencyName(m.agencyCode()), checklist);
    }

    /** The only matter's check list; null for a record covering several (each is in {@code matters}). */
    private static ChecklistService.ChecklistView onlyChecklist(Context c, List<MatterView> matters) {
        return c.joint() ? null : matters.getFirst().checklist();
    }

    private RecordView notStarted(Context c) {
        List<MatterView> matters = new ArrayList<>();
        List<FieldRecordRule.Part> parts = new ArrayList<>();
        for (Covered m : c.matters()) {
            ChecklistService.ChecklistView checklist = records.latestChecklist(m.id()).map(checklists::view)
                    .orElse(null);
            matters.add(matterView(m, checklist));
            parts.add(new FieldRecordRule.Part(m.id(), checklist == null ? new Checklist(List.of(), false)
                    : checklists.checklist(m.id(), checklist.version()), Map.of()));
        }
        List<Missing> missing = FieldRecordRule.missing(new FieldRecordRule.State(false, parts,
                List.of(), false, team(c.inspection().id()), Set.of()));
        return new RecordView(inspectionView(c), onlyChecklist(c, matters), matters, null, List.of(),
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
        Map<Long, ChecklistService.ChecklistView> kept = new LinkedHashMap<>();
        records.recordChecklists(id).forEach(l -> kept.put(l.matterId(),
                checklists.view(records.checklist(l.matterId(), l.checklistVersion()).orElseThrow())));
        List<MatterView> matters = c.matters().stream().map(m -> matterView(m, kept.get(m.id()))).toList();
        return new RecordView(inspectionView(c), onlyChecklist(c, matters), matters,
                new CheckInView(row.checkedInAtMs(), row.checkedInBy(), row.latitude(), row.longitude(),
                        row.accuracyMeters()),
                records.findings(id).stream().map(f -> new FindingView(f.matterId(), f.itemCode(), f.outcome(), f.note(),
                        f.recordedBy(), f.recordedAtMs())).toList(),
                evidence.completed(id),
                row.ackRefused() == null ? null : new AcknowledgementView(row.ackName(), row.ackPosition(),
                        row.ackRefused(), row.ackNote(), row.ackAtMs()),
                confirmations, FieldRecordRule.missing(state).stream().map(MissingView::of).toList(),
                row.isFinal(), row.finalAtMs(), doors.doorUrl(id), c.inspection().resultCode());
    }
}
