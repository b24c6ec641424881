package cn.zhifa.planner.mapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhifa.planner.domain.CalendarYear;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** The working calendar: public holidays and make-up working days ({@code insp_calendar_day}), and who loaded a year. */
@Mapper
public interface CalendarMapper {
    List<CalendarDayRow> days();

    List<CalendarDayRow> daysBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    int deleteDaysBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    int insertDays(@Param("days") List<CalendarYear.Day> days);

    Optional<CalendarYearRow> year(@Param("year") int year);

    int deleteYear(@Param("year") int year);

    int insertYear(@Param("year") int year, @Param("source") String source, @Param("loadedBy") String loadedBy,
                   @Param("loadedAtMs") long loadedAtMs);
}
