package cn.zhifa.training.mapper;

/**
 * Update trainings (法律知识更新培训) to add to an officer's count for one organising agency.
 *
 * @param creditYear      the year
 * @param officerId       the officer
 * @param organizerAgency the organising agency
 * @param courseCount     how many more
 */
public record UpdateTotalDelta(int creditYear, long officerId, String organizerAgency, int courseCount) {
}
