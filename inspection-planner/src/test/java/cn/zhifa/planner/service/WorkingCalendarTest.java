package cn.zhifa.planner.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working-day arithmetic of the result deadline, with the 2026 calendar as seeded by migration V32. */
class WorkingCalendarTest {

    static List<LocalDate> range(String from, String to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    static final WorkingCalendar Y2026;

    static {
        List<LocalDate> holidays = new ArrayList<>();
        holidays.addAll(range("2026-01-01", "2026-01-03"));
        holidays.addAll(range("2026-02-15", "2026-02-23"));
        holidays.addAll(range("2026-04-04", "2026-04-06"));
        holidays.addAll(range("2026-05-01", "2026-05-05"));
        holidays.addAll(range("2026-06-19", "2026-06-21"));
        holidays.addAll(range("2026-09-25", "2026-09-27"));
        holidays.addAll(range("2026-10-01", "2026-10-07"));
        Y2026 = new WorkingCalendar(holidays, List.of(LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"),
                LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"),
                LocalDate.parse("2026-10-10")));
    }

    @Test
    void shouldTellHolidaysWeekendsAndMakeUpWorkingDays() {
        assertFalse(Y2026.isWorkingDay(LocalDate.parse("2026-10-05")), "国庆, a Monday");
        assertTrue(Y2026.isWorkingDay(LocalDate.parse("2026-10-10")), "调休, a Saturday");
        assertFalse(Y2026.isWorkingDay(LocalDate.parse("2026-10-11")), "an ordinary Sunday");
        assertTrue(Y2026.isWorkingDay(LocalDate.parse("2026-10-09")), "an ordinary Friday");
        assertTrue(Y2026.isWorkingDay(LocalDate.parse("2026-01-04")), "元旦调休, a Sunday");
        assertFalse(Y2026.isWorkingDay(LocalDate.parse("2026-06-19")), "端午, a Friday");
    }

    @Test
    void shouldCountTwentyWorkingDaysAcrossTheNationalDayHoliday() {
        // window ends Wed 2026-09-23; 9/24 (1), 9/25-27 中秋, 9/28-30 (4), 10/1-7 国庆, 10/8-9 (6), 10/10 调休 (7),
        // 10/12-16 (12), 10/19-23 (17), 10/26-28 (20)
        assertEquals(LocalDate.parse("2026-10-28"), Y2026.plusWorkingDays(LocalDate.parse("2026-09-23"), 20));
        // weekdays only, it would have been 10/21
        assertEquals(LocalDate.parse("2026-10-21"),
                WorkingCalendar.weekdaysOnly().plusWorkingDays(LocalDate.parse("2026-09-23"), 20));
    }

    @Test
    void shouldCountTwentyWorkingDaysAcrossTheSpringFestival() {
        // ends Fri 2026-02-06: 2/9-13 (5), 2/14 调休 (6), 2/15-23 春节, 2/24-27 (10), 2/28 调休 (11), 3/2-6 (16),
        // 3/9-12 (20)
        assertEquals(LocalDate.parse("2026-03-12"), Y2026.plusWorkingDays(LocalDate.parse("2026-02-06"), 20));
    }

    @Test
    void shouldMakeTheOverdueCutOffTheInverseOfTheDeadline() {
        for (WorkingCalendar calendar : List.of(Y2026, WorkingCalendar.weekdaysOnly())) {
            for (LocalDate day : range("2026-01-01", "2026-12-31")) {
                LocalDate cutOff = calendar.lastOverdueWindowEnd(day, 20);
                assertTrue(calendar.plusWorkingDays(cutOff, 20).isBefore(day), day + ": " + cutOff + " is overdue");
                assertFalse(calendar.plusWorkingDays(cutOff.plusDays(1), 20).isBefore(day),
                        day + ": " + cutOff.plusDays(1) + " is not yet overdue");
            }
        }
    }

    @Test
    void shouldKeepTheWeekdayCountWhereTheCalendarHasNoHolidays() {
        // Monday 2027-02-01 minus 20 working days is Monday 2027-01-04; a window ending the day before is overdue
        assertEquals(LocalDate.parse("2027-01-03"), Y2026.lastOverdueWindowEnd(LocalDate.parse("2027-02-01"), 20));
        assertEquals(List.of(2027), Y2026.yearsMissing(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-02-01")));
        assertEquals(List.of(), Y2026.yearsMissing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
    }

    @Test
    void shouldRefuseADayThatIsBothHolidayAndWorkingDay() {
        LocalDate day = LocalDate.parse("2026-10-10");
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(List.of(day), List.of(day)));
    }
}
