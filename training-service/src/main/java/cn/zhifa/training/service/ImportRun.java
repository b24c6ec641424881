package cn.zhifa.training.service;

import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.importing.AttendanceFile;
import cn.zhifa.training.domain.importing.AttendanceRow;
import cn.zhifa.training.domain.importing.ParsedLine;
import cn.zhifa.training.mapper.AttendanceKey;
import cn.zhifa.training.mapper.AttendanceMapper;
import cn.zhifa.training.mapper.BulkWriter;
import cn.zhifa.training.mapper.CourseMapper;
import cn.zhifa.training.service.ImportChecks.CheckedChunk;
import cn.zhifa.training.service.ImportChecks.CheckedRow;
import org.apache.ibatis.exceptions.PersistenceException;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * One import inside its transaction, as a two-stage pipeline: a virtual thread reads the file and checks
 * each chunk against courses and officers ({@link ImportChecks}) while the calling thread, which holds the
 * transaction, inserts the chunk before. The database's inserts are the import's critical path; parsing
 * and look-ups no longer wait for them. Chunks are stored in file order, so errors are reported in file
 * order. After the first bad line nothing more is inserted (the transaction will roll back), but every
 * line is still checked so the response lists all the errors, up to the configured number.
 */
final class ImportRun {
    /** Checked chunks waiting to be stored: enough to keep the database busy, few enough to bound memory. */
    private static final int QUEUED_CHUNKS = 2;

    private final ImportChecks checks;
    private final AttendanceMapper attendanceMapper;
    private final CourseMapper courseMapper;
    private final BulkWriter.Session bulk;
    private final long batchId;
    private final long recordedAtMs;
    private final String recordedBy;
    private final int chunkSize;
    private final int maxReportedErrors;

    private final List<Violation> errors = new ArrayList<>();
    private final Set<Long> coursesTouched = new TreeSet<>();
    /** The courses this transaction has locked, as they were when locked. */
    private final Map<Long, Course> lockedCourses = new HashMap<>();
    private int errorCount;
    private volatile boolean storingStopped;
    private int stored;
    private long storedHalfHours;

    /** What the checking thread hands over: a chunk, the end of the file, or why it stopped. */
    private sealed interface Handoff {
        record Chunk(CheckedChunk chunk) implements Handoff {
        }

        record End(CreditTotals remainingTotals) implements Handoff {
        }

        record Failed(Throwable cause) implements Handoff {
        }
    }

    ImportRun(ImportChecks checks, AttendanceMapper attendanceMapper, CourseMapper courseMapper,
              BulkWriter.Session bulk, long batchId, long recordedAtMs, String recordedBy, int chunkSize,
              int maxReportedErrors) {
        this.checks = checks;
        this.attendanceMapper = attendanceMapper;
        this.courseMapper = courseMapper;
        this.bulk = bulk;
        this.batchId = batchId;
        this.recordedAtMs = recordedAtMs;
        this.recordedBy = recordedBy;
        this.chunkSize = chunkSize;
        this.maxReportedErrors = maxReportedErrors;
    }

    /**
     * Reads, checks and stores the whole file and, when it had no errors, the changes to the yearly totals.
     *
     * @throws TableFileException when the file as a whole is unusable
     */
    void run(TableReader reader, Path file) throws IOException, TableFileException {
        BlockingQueue<Handoff> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        Thread checking = Thread.ofVirtual().name("attendance-import-checks").start(() -> check(reader, file, queue));
        try {
            boolean more = true;
            while (more) {
                switch (take(queue)) {
                    case Handoff.Chunk chunk -> store(chunk.chunk());
                    case Handoff.End end -> {
                        if (errorCount == 0) {
                            end.remainingTotals().applyTo(bulk);
                        }
                        more = false;
                    }
                    case Handoff.Failed failed -> rethrow(failed.cause());
                }
            }
        } finally {
            stop(checking);
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

    /** The checking thread: parses the file, checks each chunk and hands it over, in file order. */
    private void check(TableReader reader, Path file, BlockingQueue<Handoff> queue) {
        try {
            List<ParsedLine> lines = new ArrayList<>();
            int[] rows = {0};
            AttendanceFile.read(reader, file, line -> {
                lines.add(line);
                if (line instanceof AttendanceRow && ++rows[0] == chunkSize) {
                    hand(queue, new Handoff.Chunk(checks.check(lines)));
                    lines.clear();
                    rows[0] = 0;
                }
            });
            if (!lines.isEmpty()) {
                hand(queue, new Handoff.Chunk(checks.check(lines)));
            }
            hand(queue, new Handoff.End(checks.remainingTotals()));
        } catch (CancellationException e) {
            // The storing side stopped: nobody waits for more.
        } catch (Throwable e) {
            try {
                hand(queue, new Handoff.Failed(e));
            } catch (CancellationException stopped) {
                // As above.
            }
        }
    }

    /**
     * Waits for room in the queue until the storing side stops. The checking thread is never interrupted: an
     * interrupt inside the embedded database's file I/O would close its file channel.
     */
    private void hand(BlockingQueue<Handoff> queue, Handoff handoff) {
        try {
            while (!queue.offer(handoff, 50, TimeUnit.MILLISECONDS)) {
                if (storingStopped) {
                    throw new CancellationException("import stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
    }

    /** Stops the checks when storing failed (a no-op after the end) and waits: no work outlives the transaction. */
    private void stop(Thread checking) {
        storingStopped = true;
        boolean interrupted = false;
        while (true) {
            try {
                checking.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Handoff take(BlockingQueue<Handoff> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
    }

    private static void rethrow(Throwable cause) throws IOException, TableFileException {
        switch (cause) {
            case TableFileException e -> throw e;
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(cause);
        }
    }

    /** Inserts the chunk while the import is clean; otherwise only reports rows already recorded. */
    private void store(CheckedChunk chunk) {
        chunk.errors().forEach(this::error);
        List<CheckedRow> rows = chunk.rows();
        if (rows.isEmpty()) {
            return;
        }
        if (errorCount == 0 && lockCourses(rows)) {
            try {
                bulk.insertAttendance(chunk.inserts(), batchId, recordedAtMs, recordedBy);
                for (CheckedRow row : rows) {
                    storedHalfHours += row.source().hours().halfHours();
                    coursesTouched.add(row.course().id());
                }
                stored += rows.size();
                chunk.totalsDue().ifPresent(totals -> totals.applyTo(bulk));
                return;
            } catch (PersistenceException e) {
                // The statement failed as a whole; the primary key found an officer recorded twice.
                if (!(e.getCause() instanceof SQLIntegrityConstraintViolationException)) {
                    throw e;
                }
            }
        }
        Set<AttendanceKey> existing = new HashSet<>(attendanceMapper.existing(
                rows.stream().map(CheckedRow::key).toList()));
        for (CheckedRow row : rows) {
            if (existing.contains(row.key())) {
                error(ImportChecks.violation(row.source().line(), row.source().officer().field(),
                        "ATTENDANCE_ALREADY_RECORDED", String.valueOf(row.officerId())));
            }
        }
    }

    /**
     * Locks the chunk's courses until the import commits, so that a course change (its hours, its year) waits
     * for the import and then sees its attendance; the checks read the courses before, unlocked, so a row
     * whose course changed in between is refused. False when any was.
     */
    private boolean lockCourses(List<CheckedRow> rows) {
        Set<Long> unlocked = new TreeSet<>();
        rows.forEach(row -> unlocked.add(row.course().id()));
        unlocked.removeAll(lockedCourses.keySet());
        if (!unlocked.isEmpty()) {
            courseMapper.lockByIds(unlocked).forEach(course -> lockedCourses.put(course.id(), course));
        }
        boolean unchanged = true;
        for (CheckedRow row : rows) {
            Course locked = lockedCourses.get(row.course().id());
            if (locked == null || locked.version() != row.course().version()) {
                error(ImportChecks.violation(row.source().line(), "courseId", "IMPORT_COURSE_CHANGED",
                        row.course().id()));
                unchanged = false;
            }
        }
        return unchanged;
    }

    private void error(Violation violation) {
        errorCount++;
        if (errors.size() < maxReportedErrors) {
            errors.add(violation);
        }
    }
}
