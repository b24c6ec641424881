package cn.zhifa.planner.domain;

import java.time.LocalDate;

/**
 * 防范检查扰民: a target inspected for the same matter within the configured number of months before a plan's window
 * starts is flagged in the draw's preview (in principle once a year per matter). The flag informs the planner; it
 * never changes who is eligible or drawn (the draw stays recomputable from its record).
 */
public final class RecentInspection {
    private RecentInspection() {
    }

    /**
     * The first day that still counts as recent for a window starting on {@code windowStart}: {@code months} calendar
     * months earlier (29 Feb less 12 months is 28 Feb of the year before, as {@link LocalDate#minusMonths} clamps).
     */
    public static LocalDate since(LocalDate windowStart, int months) {
        return windowStart.minusMonths(months);
    }
}
