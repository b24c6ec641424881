package cn.zhifa.training.service;

import cn.zhifa.platform.web.Page;
import cn.zhifa.training.domain.Hours;

import java.time.LocalDate;

/**
 * A page of the compliance report (达标情况).
 *
 * @param year          the training year
 * @param asOf          the day assessed: before the year's end this is the mid-year (pro-rata) view
 * @param agency        the agency filter (with its sub-agencies), {@code null} for all
 * @param requiredHours the yearly requirement
 * @param expectedHours the pro-rata share due by {@code asOf}
 * @param entries       the officers, furthest behind first
 */
public record ComplianceReport(int year, LocalDate asOf, String agency, Hours requiredHours, Hours expectedHours,
                               Page<ComplianceEntry> entries) {
}
