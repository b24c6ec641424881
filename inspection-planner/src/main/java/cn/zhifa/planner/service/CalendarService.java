package cn.zhifa.planner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhifa.planner.domain.CalendarYear;
import cn.zhifa.planner.mapper.CalendarDayRow;
import cn.zhifa.planner.mapper.CalendarMapper;
import cn.zhifa.planner.mapper.CalendarYearRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/**
 * The one reader and writer of the working calendar ({@code insp_calendar_day}: holidays and make-up working days).
 * Read on every use (a few dozen rows a year), so a year loaded by an administrator counts at once on every
 * instance: the overdue report and every deadline use {@link #current()}.
 */
@ApplicationScoped
public class CalendarService {
    static final String HOLIDAY = CalendarYear.Kind.HOLIDAY.name();
    static final String WORKDAY = CalendarYear.Kind.WORKDAY.name();

    private final CalendarMapper mapper;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public CalendarService(CalendarMapper mapper, AuditLog audit, CurrentActor actor, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    public WorkingCalendar current() {
        var days = mapper.days();
        return new WorkingCalendar(
                days.stream().filter(d -> HOLIDAY.equals(d.kind())).map(CalendarDayRow::calDay).toList(),
                days.stream().filter(d -> WORKDAY.equals(d.kind())).map(CalendarDayRow::calDay).toList());
    }

    /** A year as loaded: {@code source} names the notice (null for the years shipped by a migration). */
    public record YearDay(LocalDate day, String kind, String name) {
    }

    /**
     * One year of the calendar; {@code source}, {@code loadedBy} and {@code loadedAtMs} when an administrator loaded it
     * (the years shipped by migrations name their notice in the migration and in docs/configuration.md);
     * {@code holidays} and {@code workdays} count the days; a year without days counts Monday to Friday.
     */
    public record YearView(int year, String source, String loadedBy, Long loadedAtMs, int holidays, int workdays,
                           List<YearDay> days) {
    }

    /** What an administrator sends: the notice it comes from and the days. */
    public record NewYear(String source, List<CalendarYear.Entry> days) {
    }

    public YearView year(int year) {
        requireYear(year);
        return view(year);
    }

    /**
     * Replaces a year's days with those sent, all or nothing: every bad day is named (400) and nothing is written.
     * Audited as {@code CALENDAR_YEAR_LOADED} with the counts, the source and the days before and after.
     */
    @Transactional(rollbackFor = Exception.class)
    public YearView replace(int year, NewYear body) {
        requireYear(year);
        RequestValues.requireBody(body);
        Violations violations = new Violations().requireText("source", body.source(), 500);
        CalendarYear.check(year, body.days()).forEach(v -> violations.add(v.field(), v.code(), v.args().toArray()));
        violations.throwIfInvalid();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<CalendarDayRow> before = mapper.daysBetween(from, to);
        List<CalendarYear.Day> days = CalendarYear.days(body.days());
        mapper.deleteDaysBetween(from, to);
        if (!days.isEmpty()) {
            mapper.insertDays(days);
        }
        mapper.deleteYear(year);
        mapper.insertYear(year, body.source().strip(), actor.get().subject(), clock.millis());
        YearView view = view(year);
        audit.record("CALENDAR_YEAR_LOADED", "calendar", String.valueOf(year),
                new Loaded(year, view.source(), view.holidays(), view.workdays(), before.size(),
                        before.stream().map(d -> d.calDay() + " " + d.kind() + " " + d.name()).toList(),
                        days.stream().map(d -> d.day() + " " + d.kind() + " " + d.name()).toList()), null);
        return view;
    }

    /** The audit summary of a load. */
    public record Loaded(int year, String source, int holidays, int workdays, int daysBefore, List<String> before,
                  List<String> after) {
    }

    private YearView view(int year) {
        List<YearDay> days = mapper.daysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(d -> new YearDay(d.calDay(), d.kind(), d.name())).toList();
        CalendarYearRow loaded = mapper.year(year).orElse(null);
        return new YearView(year, loaded == null ? null : loaded.source(), loaded == null ? null : loaded.loadedBy(),
                loaded == null ? null : loaded.loadedAtMs(),
                (int) days.stream().filter(d -> HOLIDAY.equals(d.kind())).count(),
                (int) days.stream().filter(d -> WORKDAY.equals(d.kind())).count(), days);
    }

    private static void requireYear(int year) {
        new Violations().require(year >= RequestValues.EARLIEST_DAY.getYear()
                        && year <= RequestValues.LATEST_DAY.getYear(), "year", "CALENDAR_YEAR_INVALID",
                RequestValues.EARLIEST_DAY.getYear(), RequestValues.LATEST_DAY.getYear())
                .throwIfInvalid();
    }
}
