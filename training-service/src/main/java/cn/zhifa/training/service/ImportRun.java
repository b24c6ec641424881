package cn.zhifa.training.service;

import cn.zhifa.platform.error.Violation;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.importing.AttendanceRow;
import cn.zhifa.training.domain.importing.OfficerRef;
import cn.zhifa.training.domain.importing.ParsedLine;
import cn.zhifa.training.domain.importing.RejectedLine;
import cn.zhifa.training.mapper.AttendanceKey;
import cn.zhifa.training.mapper.AttendanceMapper;
import cn.zhifa.training.mapper.BulkWriter;
import cn.zhifa.training.mapper.CourseMapper;
import cn.zhifa.training.mapper.NewAttendance;
import cn.zhifa.training.mapper.OfficerMapper;
import org.apache.ibatis.exceptions.PersistenceException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One import inside its transaction: takes the parsed lines as they stream in, checks them a chunk at a
 * time against the database (courses, officers, existing attendance) and inserts each clean chunk.
 * After the first bad line nothing more is inserted (the transaction will roll back), but every line is
 * still checked so the response lists all the errors, up to the configured number.
 */
final class ImportRun implements Consumer<ParsedLine> {
    /** Officers with pending total changes before they are written out, to bound memory. */
    private static final int MAX_PENDING_OFFICERS = 50_000;

    private final CourseMapper courseMapper;
    private final OfficerMapper officerMapper;
    private final AttendanceMapper attendanceMapper;
    private final BulkWriter.Session bulk;
    private final int creditYear;
    private final long batchId;
    private final long recordedAtMs;
    private final String recordedBy;
    private final int chunkSize;
    private final int maxReportedErrors;

    private final Map<Long, Optional<Course>> courses = new HashMap<>();
    private final List<AttendanceRow> chunk = new ArrayList<>();
    private final CreditTotals credit = new CreditTotals();
    private final List<Violation> errors = new ArrayList<>();
    private final Set<Long> coursesTouched = new TreeSet<>();
    private int errorCount;
    private int stored;
    private long storedHalfHours;

    ImportRun(CourseMapper courseMapper, OfficerMapper officerMapper, AttendanceMapper attendanceMapper,
              BulkWriter.Session bulk, int creditYear, long batchId, long recordedAtMs, String recordedBy,
              int chunkSize, int maxReportedErrors) {
        this.courseMapper = courseMapper;
        this.officerMapper = officerMapper;
        this.attendanceMapper = attendanceMapper;
        this.bulk = bulk;
        this.creditYear = creditYear;
        this.batchId = batchId;
        this.recordedAtMs = recordedAtMs;
        this.recordedBy = recordedBy;
        this.chunkSize = chunkSize;
        this.maxReportedErrors = maxReportedErrors;
    }

    @Override
    public void accept(ParsedLine line) {
        switch (line) {
            case RejectedLine rejected -> rejected.errors().forEach(e -> error(e.line(), e.field(), e.code()));
            case AttendanceRow row -> {
                chunk.add(row);
                if (chunk.size() >= chunkSize) {
                    flush();
                }
            }
        }
    }

    /** Checks and stores what is left; then the totals. */
    void finish() {
        flush();
        if (errorCount == 0) {
            credit.applyTo(bulk);
        }
    }

    /** Every reported error; empty when the import succeeded. */
    List<Violation> errors() {
        List<Violation> reported = new ArrayList<>(errors);
        if (errorCount > errors.size()) {
            reported.add(Violation.of("file", "IMPORT_TOO_MANY_ERRORS", errorCount, errors.size()));
        }
        return reported;
    }

    int stored() {
        return stored;
    }

    long storedHalfHours() {
        return storedHalfHours;
    }

    Set<Long> coursesTouched() {
        return coursesTouched;
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        loadCourses();
        Map<OfficerRef, Long> officers = resolveOfficers();
        List<NewAttendance> rows = new ArrayList<>(chunk.size());
        List<AttendanceRow> sources = new ArrayList<>(chunk.size());
        Set<AttendanceKey> seen = new HashSet<>();
        for (AttendanceRow row : chunk) {
            Long officerId = officers.get(row.officer());
            Optional<Course> course = courses.get(row.courseId());
            boolean valid = true;
            if (course.isEmpty()) {
                valid = error(row.line(), "courseId", "IMPORT_COURSE_UNKNOWN", row.courseId());
            } else if (course.get().creditYear() != creditYear) {
                valid = error(row.line(), "courseId", "IMPORT_COURSE_OUTSIDE_YEAR", course.get().creditYear(),
                        creditYear);
            } else if (!course.get().allows(row.hours())) {
                valid = error(row.line(), "hours", "HOURS_OVER_COURSE", course.get().hours().toDecimal());
            }
            if (officerId == null) {
                valid = error(row.line(), officerField(row.officer()), "OFFICER_UNKNOWN");
            } else if (!seen.add(new AttendanceKey(row.courseId(), officerId))) {
                valid = error(row.line(), officerField(row.officer()), "IMPORT_DUPLICATE_ROW");
            }
            if (valid) {
                rows.add(new NewAttendance(row.courseId(), officerId, row.hours()));
                sources.add(row);
            }
        }
        chunk.clear();
        store(rows, sources);
    }

    /** Inserts the chunk while the import is clean; otherwise only reports rows already recorded. */
    private void store(List<NewAttendance> rows, List<AttendanceRow> sources) {
        if (rows.isEmpty()) {
            return;
        }
        if (errorCount == 0) {
            try {
                bulk.insertAttendance(rows, batchId, recordedAtMs, recordedBy);
                rows.forEach(row -> {
                    Course course = courses.get(row.courseId()).orElseThrow();
                    credit.added(course, row.officerId(), row.hours().halfHours());
                    storedHalfHours += row.hours().halfHours();
                    coursesTouched.add(row.courseId());
                });
                stored += rows.size();
                if (credit.pendingOfficers() > MAX_PENDING_OFFICERS) {
                    credit.applyTo(bulk);
                }
                return;
            } catch (PersistenceException e) {
                // The statement failed as a whole; the primary key found an officer recorded twice.
                if (!(e.getCause() instanceof SQLIntegrityConstraintViolationException)) {
                    throw e;
                }
            }
        }
        Set<AttendanceKey> existing = new HashSet<>(attendanceMapper.existing(rows.stream()
                .map(row -> new AttendanceKey(row.courseId(), row.officerId())).toList()));
        for (int i = 0; i < rows.size(); i++) {
            NewAttendance row = rows.get(i);
            if (existing.contains(new AttendanceKey(row.courseId(), row.officerId()))) {
                error(sources.get(i).line(), officerField(sources.get(i).officer()), "ATTENDANCE_ALREADY_RECORDED",
                        String.valueOf(row.officerId()));
            }
        }
    }

    private void loadCourses() {
        Set<Long> missing = chunk.stream().map(AttendanceRow::courseId).filter(id -> !courses.containsKey(id))
                .collect(Collectors.toSet());
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, Course> found = courseMapper.findByIds(missing).stream()
                .collect(Collectors.toMap(Course::id, course -> course));
        missing.forEach(id -> courses.put(id, Optional.ofNullable(found.get(id))));
    }

    private Map<OfficerRef, Long> resolveOfficers() {
        Set<Long> ids = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        for (AttendanceRow row : chunk) {
            switch (row.officer()) {
                case OfficerRef.ById byId -> ids.add(byId.id());
                case OfficerRef.ByIdNumber byIdNumber -> idNumbers.add(byIdNumber.idNumber());
            }
        }
        Map<OfficerRef, Long> resolved = new HashMap<>();
        if (!ids.isEmpty()) {
            officerMapper.existingIds(ids).forEach(id -> resolved.put(new OfficerRef.ById(id), id));
        }
        if (!idNumbers.isEmpty()) {
            officerMapper.findByIdNumbers(idNumbers)
                    .forEach(o -> resolved.put(new OfficerRef.ByIdNumber(o.idNumber()), o.id()));
        }
        return resolved;
    }

    /** The error's field: {@code line:<line>:<column>}, e.g. {@code line:12:hours}. */
    static String fieldOf(int line, String column) {
        return "line:" + line + ":" + column;
    }

    private static String officerField(OfficerRef ref) {
        return ref instanceof OfficerRef.ById ? "officerId" : "idNumber";
    }

    /** Records a row error; always {@code false}, so a check can read {@code valid = error(...)}. */
    private boolean error(int line, String field, String code, Object... args) {
        errorCount++;
        if (errors.size() < maxReportedErrors) {
            errors.add(Violation.of(fieldOf(line, field), code, args));
        }
        return false;
    }
}
