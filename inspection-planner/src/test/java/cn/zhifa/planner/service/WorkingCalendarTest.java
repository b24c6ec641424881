package cn.zhifa.planner.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Working-day arithmetic of the result deadline, with the 2026 calendar as seeded by migration V32 and, read from the
 * migrations themselves, the calendar as shipped (2025 of V63, 2026 of V32: the State Council's notices).
 */
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

    /** The calendar as the migrations ship it: every {@code ('YYYY-MM-DD', 'KIND', 'name')} row of V32 and V63. */
    static WorkingCalendar shipped() throws java.io.IOException {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)', '");
        for (String migration : List.of("db/migration/V32__planner_draw_jobs.sql",
                "db/migration/V63__calendar_2025_result_codes.sql")) {
            try (var in = WorkingCalendarTest.class.getClassLoader().getResourceAsStream(migration)) {
                var m = row.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (m.find()) {
                    (m.group(2).equals("HOLIDAY") ? holidays : workdays).add(LocalDate.parse(m.group(1)));
                }
            }
        }
        return new WorkingCalendar(holidays, workdays);
    }

    @Test
    void shouldShipTheNoticesDaysFor2025And2026AndNothingFor2027() throws Exception {
        WorkingCalendar calendar = shipped();
        // 2025 (国办发明电〔2024〕12号): 春节 1/28-2/4 with 1/26 (Sun) and 2/8 (Sat) worked; 国庆中秋 10/1-10/8
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2025-02-04")), "春节, a Tuesday");
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-01-26")), "春节调休, a Sunday");
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-02-08")), "春节调休, a Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-04-27")), "劳动节调休, a Sunday");
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2025-10-08")), "国庆节、中秋节, a Wednesday");
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-10-11")), "国庆节调休, a Saturday");
        // 2026: the same days as the notice of 2025-11-04 (the test calendar above is typed from it)
        for (LocalDate day : range("2026-01-01", "2026-12-31")) {
            assertEquals(Y2026.isWorkingDay(day), calendar.isWorkingDay(day), day.toString());
        }
        // 2027: no notice could be found; nothing invented, the year counts Monday to Friday and is reported missing
        assertEquals(List.of(2027), calendar.yearsMissing(LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31")));
    }

    @Test
    void shouldCountTheDeadlineAcrossThe2025SpringFestivalAndItsMakeUpSaturday() throws Exception {
        // window ends Fri 2025-01-24: 1/26 调休 Sunday (1), 1/27 (2), 1/28-2/4 春节, 2/5-2/7 (5), 2/8 调休 Saturday (6),
        // 2/10-14 (11), 2/17-21 (16), 2/24-27 (20)
        assertEquals(LocalDate.parse("2025-02-27"), shipped().plusWorkingDays(LocalDate.parse("2025-01-24"), 20));
    }

    @Test
    void shouldCountTheDeadlineAcrossAYearEnd() throws Exception {
        // window ends Mon 2025-12-22: 12/23-26 (4), 12/29-31 (7), 2026-01-01..03 元旦, 1/4 调休 Sunday (8),
        // 1/5-9 (13), 1/12-16 (18), 1/19-20 (20)
        assertEquals(LocalDate.parse("2026-01-20"), shipped().plusWorkingDays(LocalDate.parse("2025-12-22"), 20));
        assertEquals(LocalDate.parse("2025-12-22"), shipped().lastOverdueWindowEnd(LocalDate.parse("2026-01-21"), 20));
    }

    @Test
    void shouldCountThe29thOfFebruary2028AsAWorkingDay() throws Exception {
        WorkingCalendar calendar = shipped();
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2028-02-29")), "a Tuesday of a year without a calendar");
        // ends Mon 2028-02-14: 2/15-18 (4), 2/21-25 (9), 2/28-29 (11), 3/1-3 (14), 3/6-10 (19), 3/13 (20)
        assertEquals(LocalDate.parse("2028-03-13"), calendar.plusWorkingDays(LocalDate.parse("2028-02-14"), 20));
        assertEquals(LocalDate.parse("2028-02-29"), calendar.plusWorkingDays(LocalDate.parse("2028-02-28"), 1));
        assertEquals(List.of(2028), calendar.yearsMissing(LocalDate.parse("2028-02-01"), LocalDate.parse("2028-03-31")));
    }
}
