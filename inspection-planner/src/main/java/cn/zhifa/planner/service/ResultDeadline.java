package cn.zhifa.planner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhifa.planner.domain.RecordStanding;

/**
 * The result deadline (结果公示期限) as of a business day: {@code workingDays} working days of the calendar after a
 * plan window's last day ({@code zhifa.planner.result-deadline-working-days}, holidays and 调休 from
 * {@link CalendarService}). The overdue report and the list of open field records both take it from here.
 */
public record ResultDeadline(LocalDate asOf, int workingDays, WorkingCalendar calendar) {

    /** As of {@code asOf}, or of today on the business clock (Beijing) when it is null. */
    static ResultDeadline asOf(LocalDate asOf, Clock clock, PlannerSettings settings, CalendarService calendars) {
        return new ResultDeadline(asOf == null ? LocalDate.now(clock) : asOf, settings.resultDeadlineWorkingDays(),
                calendars.current());
    }

    /** The latest window end whose deadline passed before {@code asOf}: a window ended then or earlier is overdue. */
    public LocalDate lastOverdueWindowEnd() {
        return calendar.lastOverdueWindowEnd(asOf, workingDays);
    }

    /** The last day a window ending on {@code endsOn} has for its result. */
    public LocalDate deadlineOf(LocalDate endsOn) {
        return calendar.plusWorkingDays(endsOn, workingDays);
    }

    /** The years between the last overdue window end and {@code asOf} the calendar has no holidays for. */
    public List<Integer> calendarYearsMissing() {
        return calendar.yearsMissing(lastOverdueWindowEnd(), asOf);
    }

    public RecordStanding standing() {
        return new RecordStanding(asOf, lastOverdueWindowEnd());
    }
}
