package cn.zhifa.planner.service;

import cn.zhifa.planner.mapper.CalendarMapper;
import cn.zhifa.planner.mapper.CalendarDayRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one reader of the working calendar ({@code insp_calendar_day}: holidays and make-up working days). Read
 * on every use (a few dozen rows a year), so a year added to the table counts at once on every instance.
 */
@ApplicationScoped
public class CalendarService {
    static final String HOLIDAY = "HOLIDAY";
    static final String WORKDAY = "WORKDAY";

    private final CalendarMapper mapper;

    @Inject
    public CalendarService(CalendarMapper mapper) {
        this.mapper = mapper;
    }

    public WorkingCalendar current() {
        var days = mapper.days();
        return new WorkingCalendar(
                days.stream().filter(d -> HOLIDAY.equals(d.kind())).map(CalendarDayRow::calDay).toList(),
                days.stream().filter(d -> WORKDAY.equals(d.kind())).map(CalendarDayRow::calDay).toList());
    }
}
