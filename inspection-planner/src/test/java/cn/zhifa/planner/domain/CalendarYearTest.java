package cn.zhifa.planner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhifa.planner.domain.CalendarYear.Entry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules of a calendar year an administrator loads ({@link CalendarYear}). */
class CalendarYearTest {

    private static List<String> broken(int year, List<Entry> entries) {
        return CalendarYear.check(year, entries).stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void shouldAcceptTheNoticesDaysAndSortThem() {
        List<Entry> days = List.of(new Entry("2027-02-20", "workday", " 春节调休 "),
                new Entry("2027-01-01", "HOLIDAY", "元旦"));
        assertEquals(List.of(), broken(2027, days));
        assertEquals(List.of(new CalendarYear.Day(LocalDate.parse("2027-01-01"), CalendarYear.Kind.HOLIDAY, "元旦"),
                new CalendarYear.Day(LocalDate.parse("2027-02-20"), CalendarYear.Kind.WORKDAY, "春节调休")),
                CalendarYear.days(days));
        assertEquals(List.of(), broken(2027, List.of()), "a year may be emptied: it then counts Monday to Friday");
    }

    @Test
    void shouldNameEveryBadDay() {
        List<Entry> days = List.of(
                new Entry("2026-12-31", "HOLIDAY", "元旦"),      // another year
                new Entry("2027-02-30", "HOLIDAY", "春节"),      // no such day
                new Entry("2027-01-01", "HOLIDAY", "元旦"),
                new Entry("2027-01-01", "HOLIDAY", "元旦"),      // twice
                new Entry("2027-01-04", "WORKDAY", "调休"),      // a Monday
                new Entry("2027-01-02", "REST", "元旦"),         // unknown kind
                new Entry("2027-01-03", "HOLIDAY", " "),         // no name
                new Entry("2027-01-05", "HOLIDAY", "名".repeat(33)));
        assertEquals(List.of("days[0].day:CALENDAR_DAY_OUTSIDE_YEAR", "days[1].day:DATE_INVALID",
                "days[3].day:CALENDAR_DAY_DUPLICATE", "days[4].kind:CALENDAR_WORKDAY_NOT_WEEKEND",
                "days[5].kind:CALENDAR_KIND_UNKNOWN", "days[6].name:FIELD_REQUIRED", "days[7].name:FIELD_TOO_LONG"),
                broken(2027, days));
    }

    @Test
    void shouldRefuseAMissingListANullDayAndTooManyDays() {
        assertEquals(List.of("days:FIELD_REQUIRED"), broken(2027, null));
        List<Entry> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals(List.of("days[0]:FIELD_REQUIRED"), broken(2027, withNull));
        List<Entry> many = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2027-01-01"); many.size() <= CalendarYear.MAX_DAYS; d = d.plusDays(1)) {
            many.add(new Entry(d.toString(), "HOLIDAY", "假日"));
        }
        assertEquals(List.of("days:CALENDAR_TOO_MANY_DAYS"), broken(2027, many));
    }

    @Test
    void shouldAcceptTheTwentyNinthOfFebruaryOnlyInALeapYear() {
        assertEquals(List.of(), broken(2028, List.of(new Entry("2028-02-29", "HOLIDAY", "测试"))));
        assertEquals(List.of("days[0].day:DATE_INVALID"),
                broken(2027, List.of(new Entry("2027-02-29", "HOLIDAY", "测试"))));
    }
}
