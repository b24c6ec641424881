package cn.zhifa.training.service;

import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.importing.OfficerRef;
import cn.zhifa.training.domain.importing.OfficerRefs;
import cn.zhifa.training.domain.importing.RowError;
import cn.zhifa.training.mapper.Attendance;
import cn.zhifa.training.mapper.AttendanceChange;
import cn.zhifa.training.mapper.AttendanceKey;
import cn.zhifa.training.mapper.AttendanceMapper;
import cn.zhifa.training.mapper.CourseMapper;
import cn.zhifa.training.mapper.NewAttendance;
import cn.zhifa.training.mapper.OfficerMapper;
import cn.zhifa.training.mapper.BulkWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 学时记录 entered by trainers: a course's attendance all at once, and corrections with their history. Attendance
 * belongs to its course's organising agency: staff record, correct and read only the attendance of courses of the
 * agencies of their scope (403 {@code AGENCY_OUT_OF_SCOPE} once the course is found, before anything is written). The
 * attendees may be officers of any agency: a course organised by one agency is often attended by others' officers,
 * and the organiser is who knows who attended.
 */
@ApplicationScoped
public class AttendanceService {
    static final String ENTITY = "training-attendance";
    /** Rows per INSERT statement. */
    private static final int STATEMENT_ROWS = 1000;

    private final CourseMapper courses;
    private final AttendanceMapper attendance;
    private final OfficerMapper officers;
    private final BulkWriter bulk;
    private final TrainingSettings settings;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final AgencyScopes scopes;
    private final Clock clock;

    @Inject
    public AttendanceService(CourseMapper courses, AttendanceMapper attendance, OfficerMapper officers,
                             BulkWriter bulk, TrainingSettings settings, AuditLog audit, CurrentActor actor,
                             AgencyScopes scopes, Clock clock) {
        this.courses = courses;
        this.attendance = attendance;
        this.officers = officers;
        this.bulk = bulk;
        this.settings = settings;
        this.audit = audit;
        this.actor = actor;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** An entry as read: the officer named and the hours; its index in the request for errors. */
    private record ReadEntry(int index, OfficerRef officer, Hours hours) {
    }

    /**
     * Records the attendance of a course: every entry or none. Each entry names its officer by id, identity
     * number or credential number. 400 for malformed entries (an officer named twice alike), 404 for an unknown
     * course, 422 for officers not found (named by the entry and field), one officer named twice in two ways, or
     * hours over the course's, 409 when an officer is already recorded
     * for the course (correct it instead).
     */
    @Transactional(rollbackFor = Exception.class)
    public RecordedAttendance record(long courseId, List<AttendanceEntry> entries) {
        List<ReadEntry> read = validate(entries);
        Course course = courses.lockById(courseId).orElseThrow(() -> ProblemException.notFound(CourseService.ENTITY,
                courseId));
        scopes.require(course.organizerAgency());
        Map<OfficerRef, Long> found = OfficerLookup.resolve(officers, read.stream().map(ReadEntry::officer).toList());
        Violations violations = new Violations();
        Map<Long, Integer> seen = new HashMap<>();
        List<NewAttendance> rows = new ArrayList<>(read.size());
        for (ReadEntry entry : read) {
            String at = "[" + entry.index() + "].";
            Long officerId = found.get(entry.officer());
            Integer first = officerId == null ? null : seen.putIfAbsent(officerId, entry.index());
            if (officerId == null) {
                violations.add(at + entry.officer().field(), "OFFICER_UNKNOWN");
            } else if (first != null) {
                // the same officer named twice in different ways (by id and by identity number)
                violations.add(at + entry.officer().field(), "ATTENDANCE_DUPLICATE_IN_REQUEST", first);
            } else {
                rows.add(new NewAttendance(courseId, officerId, entry.hours()));
            }
            violations.require(course.allows(entry.hours()), at + "hours", "HOURS_OVER_COURSE",
                    course.hours().toDecimal());
        }
        violations.throwIfRejected();
        List<AttendanceKey> duplicates = attendance.existing(rows.stream()
                .map(row -> new AttendanceKey(courseId, row.officerId())).toList());
        if (!duplicates.isEmpty()) {
            throw ProblemException.conflict("ATTENDANCE_ALREADY_RECORDED", duplicates.stream()
                    .map(key -> String.valueOf(key.officerId())).collect(Collectors.joining(", ")));
        }
        String recordedBy = actor.get().subject();
        long now = clock.millis();
        CreditTotals credit = new CreditTotals();
        try (BulkWriter.Session session = bulk.open()) {
            for (int from = 0; from < rows.size(); from += STATEMENT_ROWS) {
                session.insertAttendance(rows.subList(from, Math.min(from + STATEMENT_ROWS, rows.size())), null, now,
                        recordedBy);
            }
            rows.forEach(row -> credit.added(course, row.officerId(), row.hours().halfHours()));
            credit.applyTo(session);
        }
        Hours total = rows.stream().map(NewAttendance::hours).reduce(Hours.ZERO, Hours::plus);
        audit.record("TRAINING_ATTENDANCE_RECORDED", CourseService.ENTITY, String.valueOf(courseId),
                Map.of("courseId", courseId, "attendance", rows.stream()
                        .map(row -> Map.of("officerId", row.officerId(), "hours", row.hours().toDecimal())).toList()),
                null);
        return new RecordedAttendance(courseId, rows.size(), total.toDecimal());
    }

    /** Corrects the credited hours of one attendance, keeping the old value in its history. */
    @Transactional(rollbackFor = Exception.class)
    public Attendance correct(long courseId, long officerId, AttendanceCorrection correction) {
        Hours hours = validate(correction);
        Course course = courses.lockById(courseId).orElseThrow(() -> ProblemException.notFound(CourseService.ENTITY,
                courseId));
        scopes.require(course.organizerAgency());
        Attendance current = find(courseId, officerId);
        if (correction.version() != current.version()) {
            throw ProblemException.conflict(RequestValues.STALE_VERSION, current.version());
        }
        if (!course.allows(hours)) {
            throw ProblemException.rejected("hours", "HOURS_OVER_COURSE", course.hours().toDecimal());
        }
        if (hours.equals(current.hours())) {
            return current;
        }
        attendance.updateHours(courseId, officerId, hours, current.version());
        AttendanceChange change = new AttendanceChange(courseId, officerId, current.hours(), hours,
                correction.reason().strip(), clock.millis(), actor.get().subject());
        attendance.insertChange(change);
        CreditTotals credit = new CreditTotals();
        credit.changed(course, officerId, hours.halfHours() - current.hours().halfHours());
        try (BulkWriter.Session session = bulk.open()) {
            credit.applyTo(session);
        }
        audit.record("TRAINING_ATTENDANCE_CORRECTED", ENTITY, courseId + "/" + officerId,
                Map.of("courseId", courseId, "officerId", officerId, "oldHours", current.hours().toDecimal(),
                        "newHours", hours.toDecimal()), change.reason());
        return find(courseId, officerId);
    }

    /** The attendance of a course; 404 for no such course, 403 when its organiser is outside the caller's scope. */
    public Page<Attendance> list(long courseId, PageRequest page) {
        requireCourseInScope(courseId);
        return Page.of(attendance.listByCourse(courseId, page.offset(), page.limit()), page,
                attendance.countByCourse(courseId));
    }

    /** The corrections of one attendance, oldest first; 403 when the course's organiser is outside the scope. */
    public List<AttendanceChange> history(long courseId, long officerId) {
        requireCourseInScope(courseId);
        find(courseId, officerId);
        return attendance.changes(courseId, officerId);
    }

    private void requireCourseInScope(long courseId) {
        Course course = courses.findById(courseId)
                .orElseThrow(() -> ProblemException.notFound(CourseService.ENTITY, courseId));
        scopes.require(course.organizerAgency());
    }

    private Attendance find(long courseId, long officerId) {
        return attendance.find(courseId, officerId)
                .orElseThrow(() -> ProblemException.notFound(ENTITY, courseId + "/" + officerId));
    }

    private List<ReadEntry> validate(List<AttendanceEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw ProblemException.invalid(null, "ATTENDANCE_EMPTY");
        }
        if (entries.size() > settings.maxAttendancePerRequest()) {
            throw ProblemException.invalid(null, "ATTENDANCE_TOO_MANY", settings.maxAttendancePerRequest());
        }
        Violations violations = new Violations();
        Map<OfficerRef, Integer> seen = new HashMap<>();
        List<ReadEntry> read = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            String at = "[" + i + "].";
            OfficerRefs.Read officer = entry == null
                    ? OfficerRefs.read(null, null, null, at)
                    : OfficerRefs.read(entry.officerId() == null ? null : entry.officerId().toString(),
                    entry.idNumber(), entry.credentialNumber(), at);
            Integer first = officer.officer() == null ? null : seen.putIfAbsent(officer.officer(), i);
            if (officer.officer() == null) {
                violations.add(officer.field(),
                        RowError.REQUIRED.equals(officer.error()) ? "FIELD_REQUIRED" : officer.error());
            } else if (first != null) {
                violations.add(at + officer.officer().field(), "ATTENDANCE_DUPLICATE_IN_REQUEST", first);
            }
            Hours hours = HoursInput.read(entry == null ? null : entry.hours(), at + "hours", violations);
            if (officer.officer() != null && first == null && hours != null) {
                read.add(new ReadEntry(i, officer.officer(), hours));
            }
        }
        violations.throwIfInvalid();
        return read;
    }

    private static Hours validate(AttendanceCorrection correction) {
        Violations violations = new Violations();
        Hours hours = HoursInput.read(correction.hours(), "hours", violations);
        String reason = correction.reason();
        if (reason == null || reason.isBlank()) {
            violations.add("reason", "FIELD_REQUIRED");
        } else if (reason.strip().length() > AttendanceCorrection.REASON_MAX) {
            violations.add("reason", "FIELD_TOO_LONG", AttendanceCorrection.REASON_MAX);
        }
        violations.require(correction.version() != null, "version", "FIELD_REQUIRED");
        violations.throwIfInvalid();
        return hours;
    }
}
