package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.domain.YearlyCredits;

import java.util.Map;

/**
 * One officer of the compliance report with the year's totals.
 *
 * @param officerId        the officer
 * @param name             姓名
 * @param agencyCode       the officer's agency
 * @param comprehensiveLaw half hours of 综合法律知识
 * @param professionalLaw  half hours of 专业法律知识
 * @param lawUpdate        half hours of 法律知识更新
 * @param political        half hours of 政治理论
 * @param other            half hours of other training
 * @param ownUpdates       法律知识更新培训 organised by the officer's agency
 */
public record ComplianceLine(long officerId, String name, String agencyCode, int comprehensiveLaw,
                             int professionalLaw, int lawUpdate, int political, int other, int ownUpdates) {

    public YearlyCredits credits() {
        return new YearlyCredits(Map.of(
                TrainingCategory.COMPREHENSIVE_LAW, Hours.ofHalfHours(comprehensiveLaw),
                TrainingCategory.PROFESSIONAL_LAW, Hours.ofHalfHours(professionalLaw),
                TrainingCategory.LAW_UPDATE, Hours.ofHalfHours(lawUpdate),
                TrainingCategory.POLITICAL, Hours.ofHalfHours(political),
                TrainingCategory.OTHER, Hours.ofHalfHours(other)), ownUpdates);
    }
}
