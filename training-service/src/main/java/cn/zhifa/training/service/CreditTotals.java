package cn.zhifa.training.service;

import cn.zhifa.training.domain.Course;
import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.mapper.BulkWriter;
import cn.zhifa.training.mapper.UpdateTotalDelta;
import cn.zhifa.training.mapper.YearTotalDelta;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the changes an attendance write makes to the yearly totals, then applies them in key order
 * (so that concurrent writers lock rows in the same order) in multi-row statements. Not thread-safe:
 * one instance per transaction, handed between threads only through a happens-before edge (an import's queue).
 */
final class CreditTotals {
    /** Rows per upsert statement. */
    private static final int STATEMENT_ROWS = 1000;

    private record YearKey(int creditYear, long officerId) implements Comparable<YearKey> {
        @Override
        public int compareTo(YearKey other) {
            int byYear = Integer.compare(creditYear, other.creditYear);
            return byYear != 0 ? byYear : Long.compare(officerId, other.officerId);
        }
    }

    private record UpdateKey(YearKey officerYear, String organizerAgency) implements Comparable<UpdateKey> {
        @Override
        public int compareTo(UpdateKey other) {
            int byOfficer = officerYear.compareTo(other.officerYear);
            return byOfficer != 0 ? byOfficer : organizerAgency.compareTo(other.organizerAgency);
        }
    }

    private final Map<YearKey, Map<TrainingCategory, Integer>> hours = new TreeMap<>();
    private final Map<UpdateKey, Integer> updates = new TreeMap<>();

    /** A new attendance of {@code officerId} in {@code course} credited with {@code halfHours}. */
    void added(Course course, long officerId, int halfHours) {
        changed(course, officerId, halfHours);
        if (course.category() == TrainingCategory.LAW_UPDATE) {
            updates.merge(new UpdateKey(new YearKey(course.creditYear(), officerId), course.organizerAgency()), 1,
                    Integer::sum);
        }
    }

    /** A correction: the credited half hours changed by {@code halfHoursDelta}. */
    void changed(Course course, long officerId, int halfHoursDelta) {
        hours.computeIfAbsent(new YearKey(course.creditYear(), officerId), key -> new EnumMap<>(TrainingCategory.class))
                .merge(course.category(), halfHoursDelta, Integer::sum);
    }

    /** Officers with pending changes: a caller may apply early to bound memory. */
    int pendingOfficers() {
        return hours.size();
    }

    /** Writes the collected changes and starts over. */
    void applyTo(BulkWriter.Session writer) {
        List<YearTotalDelta> yearDeltas = new ArrayList<>(hours.size());
        hours.forEach((key, byCategory) -> yearDeltas.add(YearTotalDelta.of(key.creditYear(), key.officerId(), byCategory)));
        List<UpdateTotalDelta> updateDeltas = new ArrayList<>(updates.size());
        updates.forEach((key, count) -> updateDeltas.add(new UpdateTotalDelta(key.officerYear().creditYear(),
                key.officerYear().officerId(), key.organizerAgency(), count)));
        for (int from = 0; from < yearDeltas.size(); from += STATEMENT_ROWS) {
            writer.addYearTotals(yearDeltas.subList(from, Math.min(from + STATEMENT_ROWS, yearDeltas.size())));
        }
        for (int from = 0; from < updateDeltas.size(); from += STATEMENT_ROWS) {
            writer.addUpdateTotals(updateDeltas.subList(from, Math.min(from + STATEMENT_ROWS, updateDeltas.size())));
        }
        hours.clear();
        updates.clear();
    }
}
