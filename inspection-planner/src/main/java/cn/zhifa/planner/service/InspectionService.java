package cn.zhifa.planner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.zhifa.planner.domain.PlanAction;
import cn.zhifa.planner.mapper.DrawMapper;
import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.planner.mapper.AssignmentRow;
import cn.zhifa.planner.mapper.InspectionRow;
import cn.zhifa.planner.mapper.MatterResultRow;
import cn.zhifa.planner.mapper.MemberRow;
import cn.zhifa.planner.mapper.PlanRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.ResultCode;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/** Results (检查结果) of inspections, their publication (结果公开) and the report of overdue results. */
@ApplicationScoped
public class InspectionService {

    private final InspectionMapper inspections;
    private final PlanService plans;
    private final DrawMapper draws;
    private final Dictionaries dictionaries;
    private final PlannerSettings settings;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final CalendarService calendars;
    private final MatterResults matterResults;
    private final PlannerScopes scopes;
    private final RiskProposalService riskProposals;

    @Inject
    public InspectionService(InspectionMapper inspections, PlanService plans, DrawMapper draws,
                             Dictionaries dictionaries, PlannerSettings settings, AuditLog audit, CurrentActor actor,
                             Clock clock, CalendarService calendars, MatterResults matterResults,
                             PlannerScopes scopes, RiskProposalService riskProposals) {
        this.scopes = scopes;
        this.riskProposals = riskProposals;
        this.calendars = calendars;
        this.matterResults = matterResults;
        this.inspections = inspections;
        this.plans = plans;
        this.draws = draws;
        this.dictionaries = dictionaries;
        this.settings = settings;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A result as entered; {@code matterId}: which covered matter of a joint plan's inspection it is for (required
     * when the inspection covers more than one; for a plan of one matter it may be left out or name that matter).
     */
    public record NewResult(String resultCode, LocalDate inspectedOn, String note, Long matterId) {
    }

    /**
     * A recorded result; {@code matterId} and {@code agencyCode}: the matter it is for and the matter's agency (the
     * plan's matter for a plan of one matter; null in the overdue report, which lists inspections).
     */
    public record ResultView(long inspectionId, String creditCode, String resultCode, LocalDate inspectedOn,
                             String note, Long matterId, String agencyCode) {
    }

    /**
     * Records or corrects the result, by the planner or an officer on the inspection's team; the date lies in the
     * plan's window and not in the future; once the plan's results are published they are final (409). An inspection
     * of a joint plan has a result per covered matter ({@code matterId}); an officer records a matter's result only
     * if the seal froze them as an officer of the matter's agency (403 otherwise), a planner the matters of the
     * agencies it acts for (403 {@code AGENCY_OUT_OF_SCOPE} otherwise). A problem found proposes a higher risk level
     * for the target ({@link RiskProposalService}).
     */
    @Transactional(rollbackFor = Exception.class)
    public ResultView recordResult(long inspectionId, NewResult r) {
        InspectionRow inspection = inspections.find(inspectionId)
                .orElseThrow(() -> ProblemException.notFound("inspection", inspectionId));
        Actor who = actor.get();
        boolean planner = who.hasAny(Roles.PLANNER);
        if (!planner && !(who.officerId().isPresent()
                && inspections.isActiveMember(inspectionId, who.officerId().getAsLong()))) {
            throw ProblemException.forbidden();
        }
        RequestValues.requireBody(r);
        ResultCode code = dictionaries.resultCode(r.resultCode()).orElse(null);
        new Violations()
                .require(r.resultCode() != null, "resultCode", "FIELD_REQUIRED")
                .require(r.resultCode() == null || code != null, "resultCode", "RESULT_CODE_UNKNOWN", r.resultCode())
                .require(code == null || !code.retired(), "resultCode", "RESULT_CODE_RETIRED", r.resultCode())
                .require(r.inspectedOn() != null, "inspectedOn", "FIELD_REQUIRED")
                .require(r.note() == null || r.note().length() <= 2000, "note", "FIELD_TOO_LONG", 2000)
                .require(r.matterId() == null || r.matterId() > 0, "matterId", "FIELD_INVALID")
                .throwIfInvalid();
        List<MatterResultRow> covered = inspections.matterResults(List.of(inspectionId));
        new Violations().require(covered.size() <= 1 || r.matterId() != null, "matterId", "MATTER_ID_REQUIRED",
                covered.size()).throwIfInvalid();
        // locked: the publication of results waits for this result, or this result sees the publication
        PlanRow plan = plans.lockedRow(inspection.planId());
        PlanService.requireAllowed(plan, PlanAction.RECORD_RESULT);
        if (plan.resultsPublished()) {
            throw ProblemException.conflict("RESULTS_ALREADY_PUBLISHED", plan.id());
        }
        // a joint plan's inspection covers the matters its target falls in (one at least); a plan of one matter's none
        boolean joint = !covered.isEmpty();
        MatterResultRow matter = !joint ? null : covered.stream()
                .filter(m -> r.matterId() == null || m.matterId() == r.matterId()).findFirst().orElse(null);
        long matterId = matter != null ? matter.matterId() : plan.matterId();
        if (matter != null && !planner && !java.util.Objects.equals(matter.agencyCode(),
                inspections.sealedAgencyOf(plan.id(), who.officerId().getAsLong()))) {
            throw ProblemException.forbidden();
        }
        String agency = matter != null ? matter.agencyCode() : plans.matters(plan).getFirst().agencyCode();
        if (planner && (matter != null || !joint)) {
            // a planner records the results of the matters of the agencies it acts for
            scopes.require(agency);
        }
        LocalDate today = LocalDate.now(clock);
        new Violations()
                .require(joint ? matter != null : r.matterId() == null || r.matterId() == matterId, "matterId",
                        "MATTER_NOT_COVERED", r.matterId(), inspectionId)
                .require(!r.inspectedOn().isBefore(plan.startsOn()) && !r.inspectedOn().isAfter(plan.endsOn()),
                        "inspectedOn", "INSPECTED_ON_OUTSIDE_WINDOW", plan.startsOn().toString(), plan.endsOn().toString())
                .require(!r.inspectedOn().isAfter(today), "inspectedOn", "INSPECTED_ON_IN_FUTURE")
                .throwIfRejected();
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        long now = clock.millis();
        if (!joint) {
            if (inspections.recordResult(inspectionId, r.resultCode(), r.inspectedOn(), note, who.subject(), now,
                    inspection.version()) == 0) {
                throw ProblemException.conflict("INSPECTION_CHANGED_CONCURRENTLY", inspectionId);
            }
        } else {
            if (inspections.touch(inspectionId, inspection.version()) == 0) {
                throw ProblemException.conflict("INSPECTION_CHANGED_CONCURRENTLY", inspectionId);
            }
            if (inspections.updateMatterResult(inspectionId, matterId, r.resultCode(), r.inspectedOn(), note,
                    who.subject(), now) == 0) {
                inspections.insertMatterResult(inspectionId, matterId, r.resultCode(), r.inspectedOn(), note,
                        who.subject(), now);
            }
        }
        ResultView view = new ResultView(inspectionId, inspection.creditCode(), r.resultCode(), r.inspectedOn(), note,
                matterId, agency);
        audit.record("INSPECTION_RESULT_RECORDED", "inspection", String.valueOf(inspectionId), view, null);
        // a problem found proposes a higher risk level for the target's next plans
        riskProposals.consider(inspectionId, matterId, agency, inspection.creditCode(), r.resultCode());
        return view;
    }

    /** What the publication of a plan's results made public: how many inspections, and when. */
    public record ResultsPublication(long planId, int inspections, long publishedAtMs) {
    }

    /**
     * 结果公开: every inspection of a published plan has its result; afterwards results are final. The plan row is
     * locked before the inspections are read, so no result can be recorded between the check and the publication.
     */
    @Transactional(rollbackFor = Exception.class)
    public ResultsPublication publishResults(long planId) {
        plans.changeable(planId);
        PlanRow plan = plans.lockedRow(planId);
        PlanService.requireAllowed(plan, PlanAction.PUBLISH_RESULTS);
        if (!plan.published()) {
            throw ProblemException.conflict("PLAN_NOT_PUBLISHED", planId);
        }
        if (plan.resultsPublished()) {
            throw ProblemException.conflict("RESULTS_ALREADY_PUBLISHED", planId);
        }
        List<InspectionRow> planInspections = draws.inspections(planId);
        // every matter of a joint plan's inspection has its own result: one missing keeps them all unpublished
        long missing = inspections.countMissingResults(planId);
        new Violations().require(missing == 0, "inspections", "RESULTS_INCOMPLETE", missing).throwIfRejected();
        long now = clock.millis();
        plans.publishResults(planId, now);
        ResultsPublication publication = new ResultsPublication(planId, planInspections.size(), now);
        audit.record("PLAN_RESULTS_PUBLISHED", "plan", String.valueOf(planId), publication, null);
        return publication;
    }

    public record TeamMember(long officerId, String name) {
    }

    public record EnteredResult(String resultCode, LocalDate inspectedOn, String note) {
    }

    /**
     * An inspection an officer is assigned to; {@code result} is null until entered. {@code matters}: the matters a
     * joint plan's inspection covers, each with its agency and its own result (null for a plan of one matter, whose
     * result is {@code result}).
     */
    public record Assignment(long id, long planId, String planName, String matterName, String creditCode,
                             String targetName, String targetAddress, String areaCode, LocalDate startsOn,
                             LocalDate endsOn, boolean planPublished, boolean resultsPublished, List<TeamMember> team,
                             EnteredResult result, List<DrawViews.MatterResult> matters) {
    }

    /**
     * The inspections of drawn plans (published or not) on whose team the officer currently is: those whose results
     * are still open first, soonest window first, then the closed ones newest first;
     * an officer only their own (403 otherwise), the planner and the judicial bureau anyone's.
     */
    public Page<Assignment> assignments(long officerId, PageRequest page) {
        actor.get().requireSelfOrAnyRole(officerId, Roles.PLANNER, Roles.JUDICIAL);
        if (!actor.get().isSelf(officerId)) {
            // staff see the assignments of officers of their agencies (an unknown officer has none)
            scopes.requireOfficer(officerId);
        }
        List<AssignmentRow> rows = inspections.assignedTo(officerId, page.offset(), page.limit());
        Map<Long, List<TeamMember>> teams = rows.isEmpty() ? Map.of()
                : inspections.activeMembers(rows.stream().map(AssignmentRow::id).toList()).stream()
                .collect(Collectors.groupingBy(MemberRow::inspectionId, LinkedHashMap::new, Collectors.mapping(
                        m -> new TeamMember(m.officerId(), m.officerName()), Collectors.toList())));
        Map<Long, List<DrawViews.MatterResult>> matters = rows.isEmpty() ? Map.of()
                : matterResults.byInspection(inspections.matterResults(rows.stream().map(AssignmentRow::id).toList()),
                true);
        List<Assignment> items = rows.stream().map(r -> new Assignment(r.id(), r.planId(), r.planName(),
                r.matterName(), r.creditCode(), r.targetName(), r.targetAddress(), r.areaCode(), r.startsOn(), r.endsOn(),
                r.publishedAtMs() != null, r.resultsPublishedAtMs() != null, teams.getOrDefault(r.id(), List.of()),
                r.resultCode() == null ? null : new EnteredResult(r.resultCode(), r.inspectedOn(), r.note()),
                matters.get(r.id())))
                .toList();
        return Page.of(items, page, inspections.countAssignedTo(officerId));
    }

    /**
     * The overdue inspections as of a day; {@code calendarYearsMissing} names the years the working calendar has
     * no holidays for (counted Monday to Friday).
     */
    public record OverdueReport(LocalDate asOf, int workingDays, List<ResultView> overdue,
                                List<Integer> calendarYearsMissing) {
    }

    /**
     * Inspections, of the plans one of whose agencies the caller acts for, without result whose plan window ended more than the configured number of working days
     * before {@code asOf}: working days of the calendar ({@link CalendarService}: holidays and 调休 make-up days).
     */
    public OverdueReport overdue(LocalDate asOf) {
        ResultDeadline deadline = ResultDeadline.asOf(asOf, clock, settings, calendars);
        List<ResultView> rows = inspections.withoutResult(deadline.lastOverdueWindowEnd(), scopes.current().codes())
                .stream().map(i -> new ResultView(i.id(), i.creditCode(), null, null, null, null, null)).toList();
        return new OverdueReport(deadline.asOf(), deadline.workingDays(), rows, deadline.calendarYearsMissing());
    }
}
