package cn.zhifa.training.testing;

import cn.zhifa.platform.testing.Sql;

/**
 * The invariant of the yearly totals, over every officer and year in the database (whatever other tests
 * wrote): {@code trn_year_total} and {@code trn_update_total} equal what the attendance rows add up to.
 */
public final class Totals {
    private Totals() {
    }

    /** Officer-years whose {@code trn_year_total} row is missing or differs from the sums of their rows. */
    public static long yearTotalMismatches() {
        return Sql.number("SELECT COUNT(*) FROM (SELECT c.credit_year, a.officer_id,"
                + " SUM(CASE WHEN c.category = 'COMPREHENSIVE_LAW' THEN a.half_hours ELSE 0 END) AS comprehensive,"
                + " SUM(CASE WHEN c.category = 'PROFESSIONAL_LAW' THEN a.half_hours ELSE 0 END) AS professional,"
                + " SUM(CASE WHEN c.category = 'LAW_UPDATE' THEN a.half_hours ELSE 0 END) AS law_update,"
                + " SUM(CASE WHEN c.category = 'POLITICAL' THEN a.half_hours ELSE 0 END) AS political,"
                + " SUM(CASE WHEN c.category = 'OTHER' THEN a.half_hours ELSE 0 END) AS other"
                + " FROM trn_attendance a JOIN trn_course c ON c.id = a.course_id GROUP BY c.credit_year, a.officer_id) x"
                + " LEFT JOIN trn_year_total t ON t.credit_year = x.credit_year AND t.officer_id = x.officer_id"
                + " WHERE t.officer_id IS NULL OR t.comprehensive_half_hours <> x.comprehensive"
                + " OR t.professional_half_hours <> x.professional OR t.law_update_half_hours <> x.law_update"
                + " OR t.political_half_hours <> x.political OR t.other_half_hours <> x.other");
    }

    /** Officer-year-organisers whose count of update trainings is missing or differs from their rows. */
    public static long updateTotalMismatches() {
        return Sql.number("SELECT COUNT(*) FROM (SELECT c.credit_year, a.officer_id, c.organizer_agency,"
                + " COUNT(*) AS n FROM trn_attendance a JOIN trn_course c ON c.id = a.course_id"
                + " WHERE c.category = 'LAW_UPDATE' GROUP BY c.credit_year, a.officer_id, c.organizer_agency) x"
                + " LEFT JOIN trn_update_total u ON u.credit_year = x.credit_year AND u.officer_id = x.officer_id"
                + " AND u.organizer_agency = x.organizer_agency WHERE u.officer_id IS NULL OR u.course_count <> x.n");
    }
}
