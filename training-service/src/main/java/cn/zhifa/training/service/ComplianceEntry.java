package cn.zhifa.training.service;

import cn.zhifa.training.domain.DutyAssessment;
import cn.zhifa.training.mapper.ComplianceLine;

/**
 * One officer of the compliance report.
 *
 * @param officer    the officer and the year's totals
 * @param assessment the duty assessed on the report's day
 */
public record ComplianceEntry(ComplianceLine officer, DutyAssessment assessment) {
}
