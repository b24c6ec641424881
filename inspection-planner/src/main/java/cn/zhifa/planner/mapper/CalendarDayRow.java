package cn.zhifa.planner.mapper;

import java.time.LocalDate;

/** A day of {@code insp_calendar_day}: {@code HOLIDAY} or {@code WORKDAY} (调休上班), with its name. */
public record CalendarDayRow(LocalDate calDay, String kind, String name) {
}
