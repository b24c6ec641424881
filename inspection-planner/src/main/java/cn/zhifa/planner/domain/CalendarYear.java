package cn.zhifa.planner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One year of the working calendar (工作日历) as an administrator loads it: the public holidays (HOLIDAY) and the
 * weekend days worked in exchange (WORKDAY, 调休上班) of the State Council's notice for that year. The rules: every
 * day is a real date of that year, named once, of a known kind, with a name (元旦, 春节调休 …, at most
 * {@link #NAME_MAX} characters); a WORKDAY is a Saturday or a Sunday (a weekday is a working day anyway).
 */
public final class CalendarYear {
    public static final int NAME_MAX = 32;
    /** More days than any notice ever had (2025: 33); keeps a request small. */
    public static final int MAX_DAYS = 120;

    public enum Kind { HOLIDAY, WORKDAY }

    /** A day as sent: the text of the date and kind, so that each bad one is named. */
    public record Entry(String day, String kind, String name) {
    }

    /** A valid day of the year. */
    public record Day(LocalDate day, Kind kind, String name) {
    }

    private CalendarYear() {
    }

    /** Every broken rule, field by field ({@code days[i].day} …); empty when the year may be stored. */
    public static List<RuleViolation> check(int year, List<Entry> entries) {
        List<RuleViolation> out = new ArrayList<>();
        if (entries == null) {
            out.add(new RuleViolation("days", "FIELD_REQUIRED"));
            return out;
        }
        if (entries.size() > MAX_DAYS) {
            out.add(new RuleViolation("days", "CALENDAR_TOO_MANY_DAYS", MAX_DAYS));
            return out;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "days[" + i + "]";
            if (e == null) {
                out.add(new RuleViolation(at, "FIELD_REQUIRED"));
                continue;
            }
            LocalDate day = parse(e.day());
            if (day == null) {
                out.add(new RuleViolation(at + ".day", "DATE_INVALID", String.valueOf(e.day())));
            } else if (day.getYear() != year) {
                out.add(new RuleViolation(at + ".day", "CALENDAR_DAY_OUTSIDE_YEAR", day.toString(), year));
            } else if (!seen.add(day)) {
                out.add(new RuleViolation(at + ".day", "CALENDAR_DAY_DUPLICATE", day.toString()));
            }
            Kind kind = kind(e.kind());
            if (kind == null) {
                out.add(new RuleViolation(at + ".kind", "CALENDAR_KIND_UNKNOWN", String.valueOf(e.kind())));
            } else if (kind == Kind.WORKDAY && day != null && !isWeekend(day)) {
                out.add(new RuleViolation(at + ".kind", "CALENDAR_WORKDAY_NOT_WEEKEND", day.toString()));
            }
            if (e.name() == null || e.name().isBlank()) {
                out.add(new RuleViolation(at + ".name", "FIELD_REQUIRED"));
            } else if (e.name().strip().length() > NAME_MAX) {
                out.add(new RuleViolation(at + ".name", "FIELD_TOO_LONG", NAME_MAX));
            }
        }
        return out;
    }

    /** The days of entries that {@link #check} found valid, in date order. */
    public static List<Day> days(List<Entry> entries) {
        return entries.stream().map(e -> new Day(parse(e.day()), kind(e.kind()), e.name().strip()))
                .sorted(java.util.Comparator.comparing(Day::day)).toList();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Kind kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
