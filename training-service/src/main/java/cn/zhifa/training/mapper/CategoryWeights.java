package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.TrainingCategory;
import cn.zhifa.training.domain.TrainingPolicy;

/**
 * 1 for each category the policy counts toward the legal hours, 0 otherwise: lets SQL order officers by
 * legal hours as the configured policy defines them, with bound parameters only.
 */
public record CategoryWeights(int comprehensiveLaw, int professionalLaw, int lawUpdate, int political, int other) {

    public static CategoryWeights of(TrainingPolicy policy) {
        return new CategoryWeights(weight(policy, TrainingCategory.COMPREHENSIVE_LAW),
                weight(policy, TrainingCategory.PROFESSIONAL_LAW), weight(policy, TrainingCategory.LAW_UPDATE),
                weight(policy, TrainingCategory.POLITICAL), weight(policy, TrainingCategory.OTHER));
    }

    private static int weight(TrainingPolicy policy, TrainingCategory category) {
        return policy.counts(category) ? 1 : 0;
    }
}
