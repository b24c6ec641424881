package cn.zhifa.planner.mapper;

import java.util.List;

import org.mybatis.cdi.Mapper;

/** The working calendar: public holidays and make-up working days ({@code insp_calendar_day}). */
@Mapper
public interface CalendarMapper {
    List<CalendarDayRow> days();
}
