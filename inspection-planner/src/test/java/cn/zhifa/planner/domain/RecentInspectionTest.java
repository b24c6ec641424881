package cn.zhifa.planner.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** From which day an earlier inspection counts as recent ({@link RecentInspection}). */
class RecentInspectionTest {

    @Test
    void shouldCountCalendarMonthsBackFromTheWindowStart() {
        assertEquals(LocalDate.parse("2025-12-01"), RecentInspection.since(LocalDate.parse("2026-12-01"), 12));
        assertEquals(LocalDate.parse("2026-06-30"), RecentInspection.since(LocalDate.parse("2026-12-31"), 6));
        assertEquals(LocalDate.parse("2026-12-01"), RecentInspection.since(LocalDate.parse("2026-12-01"), 0));
    }

    @Test
    void shouldClampThe29thOfFebruary() {
        assertEquals(LocalDate.parse("2027-02-28"), RecentInspection.since(LocalDate.parse("2028-02-29"), 12));
        assertEquals(LocalDate.parse("2024-02-29"), RecentInspection.since(LocalDate.parse("2028-02-29"), 48));
        assertEquals(LocalDate.parse("2028-02-29"), RecentInspection.since(LocalDate.parse("2028-03-29"), 1));
    }
}
