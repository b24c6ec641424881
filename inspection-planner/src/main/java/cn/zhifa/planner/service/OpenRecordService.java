package cn.zhifa.planner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhifa.planner.domain.RecordStanding;
import cn.zhifa.planner.mapper.InspectionMapper;
import cn.zhifa.planner.mapper.OpenRecordRow;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Overdue and incomplete inspections (未完成、逾期的现场检查): the inspections of drawn plans whose full-process record
 * is not final, of the plans one of whose agencies the caller acts for, each with where it stands
 * ({@link RecordStanding}, against the result deadline of {@link ResultDeadline}) and what its record lacks, counted
 * by kind ({@link cn.zhifa.planner.domain.FieldRecordRule}).
 */
@ApplicationScoped
public class OpenRecordService {
    private final InspectionMapper inspections;
    private final FieldRecordService records;
    private final PlannerScopes scopes;
    private final PlannerSettings settings;
    private final CalendarService calendars;
    private final Clock clock;

    @Inject
    public OpenRecordService(InspectionMapper inspections, FieldRecordService records, PlannerScopes scopes,
                             PlannerSettings settings, CalendarService calendars, Clock clock) {
        this.inspections = inspections;
        this.records = records;
        this.scopes = scopes;
        this.settings = settings;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * An inspection whose record is not final; {@code missing}: what the record lacks, counted by kind in the rule's
     * order (CHECK_IN, FINDING, EVIDENCE, WHOLE_VISIT_VIDEO, ACKNOWLEDGEMENT, CONFIRMATION); {@code resultDeadline}:
     * the last day for its result.
     */
    public record OpenRecord(long inspectionId, long planId, String planName, String matterName, String creditCode,
                             String targetName, String areaCode, LocalDate startsOn, LocalDate endsOn,
                             LocalDate resultDeadline, RecordStanding.State state, Long checkedInAtMs,
                             Map<String, Integer> missing, String resultCode) {
    }

    /** A page of open records as of a day, with the deadline's working days and the years the calendar lacks. */
    public record OpenRecords(LocalDate asOf, int workingDays, List<OpenRecord> items, int page, int size, long total,
                              List<Integer> calendarYearsMissing) {
    }

    /** {@code state} null: every state; {@code planId} null: every plan in scope; {@code asOf} null: today. */
    public OpenRecords list(String state, Long planId, LocalDate asOf, PageRequest page) {
        RecordStanding.State wanted = RecordStanding.state(state);
        new Violations()
                .require(state == null || wanted != null, "state", "RECORD_STATE_UNKNOWN", state)
                .require(planId == null || planId > 0, "planId", "FIELD_INVALID")
                .throwIfInvalid();
        ResultDeadline deadline = ResultDeadline.asOf(asOf, clock, settings, calendars);
        RecordStanding standing = deadline.standing();
        RecordStanding.Filter filter = wanted == null ? new RecordStanding.Filter(null, null, null)
                : standing.filter(wanted);
        List<String> agencies = scopes.current().codes();
        List<OpenRecord> items = inspections.openRecords(planId, filter, agencies, page.offset(), page.limit())
                .stream().map(r -> view(r, deadline, standing)).toList();
        long total = inspections.countOpenRecords(planId, filter, agencies);
        return new OpenRecords(deadline.asOf(), deadline.workingDays(), items, page.page(), page.size(), total,
                deadline.calendarYearsMissing());
    }

    private OpenRecord view(OpenRecordRow r, ResultDeadline deadline, RecordStanding standing) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        records.missing(r.inspectionId()).forEach(m -> missing.merge(m.what(), 1, Integer::sum));
        return new OpenRecord(r.inspectionId(), r.planId(), r.planName(), r.matterName(), r.creditCode(),
                r.targetName(), r.areaCode(), r.startsOn(), r.endsOn(), deadline.deadlineOf(r.endsOn()),
                standing.classify(r.endsOn(), r.checkedInAtMs() != null), r.checkedInAtMs(), missing, r.resultCode());
    }
}
