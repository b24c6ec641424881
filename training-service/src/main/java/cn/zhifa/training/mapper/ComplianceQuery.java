package cn.zhifa.training.mapper;

import java.util.List;

/**
 * The officers of a compliance report and how to order them.
 *
 * @param creditYear             the year
 * @param agencies               the agencies whose officers are listed; {@code null} for all, empty for none
 * @param postStatuses           post statuses of the officers the duty applies to (e.g. ON_POST)
 * @param exemptEmploymentTypes  employment types the duty does not apply to (e.g. ASSISTANT); may be empty
 * @param weights                which categories are legal hours
 * @param requiredHalfHours      the requirement, to order by the shortfall
 * @param requiredUpdates        the required own-agency update trainings, likewise
 */
public record ComplianceQuery(int creditYear, List<String> agencies, List<String> postStatuses,
                              List<String> exemptEmploymentTypes, CategoryWeights weights, int requiredHalfHours,
                              int requiredUpdates) {
}
