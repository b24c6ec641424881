package cn.zhifa.planner.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Working days (工作日) of the result deadline: Monday to Friday, except public holidays, plus the weekend days
 * declared working days (调休上班). Plain arithmetic; the days come from {@code insp_calendar_day} through
 * {@link CalendarService}, the one place that reads them.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;

    public WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(makeUpWorkdays);
        Set<Integer> covered = new TreeSet<>();
        holidays.forEach(d -> covered.add(d.getYear()));
        makeUpWorkdays.forEach(d -> covered.add(d.getYear()));
        this.years = Set.copyOf(covered);
        if (!java.util.Collections.disjoint(this.holidays, this.workdays)) {
            throw new IllegalArgumentException("a day is both a holiday and a working day");
        }
    }

    /** Monday to Friday, no holidays: what the deadline counted before the calendar existed. */
    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(List.of(), List.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code day} (not counting {@code day}): the deadline of a window end. */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The latest window end whose deadline ({@code n} working days later) is before {@code day}: a window that
     * ended on it or earlier is overdue on {@code day}.
     */
    public LocalDate lastOverdueWindowEnd(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d.minusDays(1);
    }

    /** The years from {@code from} to {@code to} for which the calendar has no holidays: counted as weekdays. */
    public List<Integer> yearsMissing(LocalDate from, LocalDate to) {
        return IntStream.rangeClosed(Math.min(from.getYear(), to.getYear()), Math.max(from.getYear(), to.getYear()))
                .filter(y -> !years.contains(y)).boxed().toList();
    }
}
