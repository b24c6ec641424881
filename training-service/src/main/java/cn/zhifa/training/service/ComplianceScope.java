package cn.zhifa.training.service;

import cn.zhifa.training.mapper.ComplianceQuery;

import java.time.LocalDate;

/**
 * A validated compliance report request: the year, the officers (by agency), and the day assessed.
 *
 * @param year   the training year
 * @param agency the agency asked for, {@code null} for all
 * @param asOf   the day assessed
 * @param query  the officers and ordering for the mapper
 */
public record ComplianceScope(int year, String agency, LocalDate asOf, ComplianceQuery query) {
}
