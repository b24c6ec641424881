package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.TrainingCategory;

import java.util.Map;

/**
 * Half hours to add to an officer's yearly totals, per category (negative for a correction downward).
 *
 * @param creditYear   the year
 * @param officerId    the officer
 * @param comprehensiveLaw half hours of {@link TrainingCategory#COMPREHENSIVE_LAW}
 * @param professionalLaw  half hours of {@link TrainingCategory#PROFESSIONAL_LAW}
 * @param lawUpdate        half hours of {@link TrainingCategory#LAW_UPDATE}
 * @param political        half hours of {@link TrainingCategory#POLITICAL}
 * @param other            half hours of {@link TrainingCategory#OTHER}
 */
public record YearTotalDelta(int creditYear, long officerId, int comprehensiveLaw, int professionalLaw,
                             int lawUpdate, int political, int other) {

    /** The delta of half hours per category (missing categories are zero). */
    public static YearTotalDelta of(int creditYear, long officerId, Map<TrainingCategory, Integer> halfHours) {
        return new YearTotalDelta(creditYear, officerId,
                halfHours.getOrDefault(TrainingCategory.COMPREHENSIVE_LAW, 0),
                halfHours.getOrDefault(TrainingCategory.PROFESSIONAL_LAW, 0),
                halfHours.getOrDefault(TrainingCategory.LAW_UPDATE, 0),
                halfHours.getOrDefault(TrainingCategory.POLITICAL, 0),
                halfHours.getOrDefault(TrainingCategory.OTHER, 0));
    }
}
