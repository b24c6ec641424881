package cn.zhifa.planner.mapper;

/** Who loaded a calendar year through the API, from which source, when ({@code insp_calendar_year}). */
public record CalendarYearRow(int calYear, String source, String loadedBy, long loadedAtMs) {
}
