package cn.zhifa.training.service;

import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.importing.AttendanceRow;
import cn.zhifa.training.domain.importing.OfficerRef;
import cn.zhifa.training.domain.importing.ParsedLine;
import cn.zhifa.training.domain.importing.RejectedLine;
import cn.zhifa.training.mapper.AttendanceKey;
import cn.zhifa.training.mapper.CourseMapper;
import cn.zhifa.training.mapper.NewAttendance;
import cn.zhifa.training.mapper.OfficerMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks of an import that need no transaction: a chunk of parsed lines against the courses and the
 * officers, and the changes the rows make to the yearly totals. They read committed data on connections of
 * their own, so an import runs them on one thread while its transaction stores the chunk before on another.
 * Not thread-safe: one instance per import, used by one thread at a time.
 */
final class ImportChecks {
    /** Officers with pending total changes before they are handed over to be written, to bound memory. */
    private static final int MAX_PENDING_OFFICERS = 50_000;
    /** Rows go to the database in primary-key order, which InnoDB and H2 insert faster than file order. */
    private static final Comparator<NewAttendance> PRIMARY_KEY = Comparator.comparingLong(NewAttendance::courseId)
            .thenComparingLong(NewAttendance::officerId);

    private final CourseMapper courseMapper;
    private final OfficerMapper officerMapper;
    private final int creditYear;
    private final AgencyScope scope;
    private final Set<String> agenciesOutOfScope = new TreeSet<>();
    private final Map<Long, Optional<Course>> courses = new HashMap<>();
    private CreditTotals totals = new CreditTotals();

    /**
     * @param scope the importing caller's scope (taken on the request's thread: the checks run on another), which
     *              must cover the organiser of every row's course
     */
    ImportChecks(CourseMapper courseMapper, OfficerMapper officerMapper, int creditYear, AgencyScope scope) {
        this.courseMapper = courseMapper;
        this.officerMapper = officerMapper;
        this.creditYear = creditYear;
        this.scope = scope;
    }

    /** The organisers of courses the file named outside the caller's scope; read once the checks ended. */
    Set<String> agenciesOutOfScope() {
        return agenciesOutOfScope;
    }

    /** A row that passed the checks: its officer resolved and its course found. */
    record CheckedRow(AttendanceRow source, long officerId, Course course) {
        AttendanceKey key() {
            return new AttendanceKey(source.courseId(), officerId);
        }
    }

    /**
     * A checked chunk.
     *
     * @param errors    every error of its lines, in line order
     * @param rows      the rows without errors, in line order
     * @param inserts   the same rows as they are inserted, in primary-key order
     * @param totalsDue the changes to the yearly totals of this and earlier chunks, when enough are pending to
     *                  be written out (to be written only if the import has no error)
     */
    record CheckedChunk(List<Violation> errors, List<CheckedRow> rows, List<NewAttendance> inserts,
                        Optional<CreditTotals> totalsDue) {
    }

    /** Checks the lines; rows that are well formed but fail a check become errors. */
    CheckedChunk check(List<ParsedLine> lines) {
        List<AttendanceRow> candidates = lines.stream().filter(AttendanceRow.class::isInstance)
                .map(AttendanceRow.class::cast).toList();
        loadCourses(candidates);
        Map<OfficerRef, Long> officers = OfficerLookup.resolve(officerMapper,
                candidates.stream().map(AttendanceRow::officer).toList());
        List<Violation> errors = new ArrayList<>();
        List<CheckedRow> rows = new ArrayList<>(candidates.size());
        Set<AttendanceKey> seen = new HashSet<>();
        for (ParsedLine line : lines) {
            switch (line) {
                case RejectedLine rejected -> rejected.errors()
                        .forEach(e -> errors.add(violation(e.line(), e.field(), e.code())));
                case AttendanceRow row -> {
                    int before = errors.size();
                    Long officerId = officers.get(row.officer());
                    Optional<Course> course = courses.get(row.courseId());
                    if (course.isEmpty()) {
                        errors.add(violation(row.line(), "courseId", "IMPORT_COURSE_UNKNOWN", row.courseId()));
                    } else if (!scope.covers(course.get().organizerAgency())) {
                        agenciesOutOfScope.add(course.get().organizerAgency());
                        errors.add(violation(row.line(), "courseId", "AGENCY_OUT_OF_SCOPE",
                                course.get().organizerAgency()));
                    } else if (course.get().creditYear() != creditYear) {
                        errors.add(violation(row.line(), "courseId", "IMPORT_COURSE_OUTSIDE_YEAR",
                                course.get().creditYear(), creditYear));
                    } else if (!course.get().allows(row.hours())) {
                        errors.add(violation(row.line(), "hours", "HOURS_OVER_COURSE",
                                course.get().hours().toDecimal()));
                    }
                    if (officerId == null) {
                        errors.add(violation(row.line(), row.officer().field(), "OFFICER_UNKNOWN"));
                    } else if (!seen.add(new AttendanceKey(row.courseId(), officerId))) {
                        errors.add(violation(row.line(), row.officer().field(), "IMPORT_DUPLICATE_ROW"));
                    }
                    if (errors.size() == before) {
                        rows.add(new CheckedRow(row, officerId, course.orElseThrow()));
                    }
                }
            }
        }
        List<NewAttendance> inserts = new ArrayList<>(rows.size());
        for (CheckedRow row : rows) {
            inserts.add(new NewAttendance(row.source().courseId(), row.officerId(), row.source().hours()));
            totals.added(row.course(), row.officerId(), row.source().hours().halfHours());
        }
        inserts.sort(PRIMARY_KEY);
        return new CheckedChunk(errors, rows, inserts,
                totals.pendingOfficers() > MAX_PENDING_OFFICERS ? Optional.of(remainingTotals()) : Optional.empty());
    }

    /**
     * The changes to the yearly totals not yet handed over (all of them once the file is read): the checks add up
     * the totals, so that the thread holding the transaction only writes them.
     */
    CreditTotals remainingTotals() {
        CreditTotals due = totals;
        totals = new CreditTotals();
        return due;
    }

    /** The error's field: {@code line:<line>:<column>}, e.g. {@code line:12:hours}. */
    private static String fieldOf(int line, String column) {
        return "line:" + line + ":" + column;
    }

    static Violation violation(int line, String column, String code, Object... args) {
        return Violation.of(fieldOf(line, column), code, args);
    }

    private void loadCourses(List<AttendanceRow> rows) {
        Set<Long> missing = rows.stream().map(AttendanceRow::courseId).filter(id -> !courses.containsKey(id))
                .collect(Collectors.toSet());
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, Course> found = courseMapper.findByIds(missing).stream()
                .collect(Collectors.toMap(Course::id, course -> course));
        missing.forEach(id -> courses.put(id, Optional.ofNullable(found.get(id))));
    }
}
