package cn.zhifa.training.service;

import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.training.domain.DutyAssessment;
import cn.zhifa.training.domain.MissingDuty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The yearly duty as credential-service's annual review (年审) reads it: the same assessment an officer
 * sees, under this service's configured policy.
 */
@ApplicationScoped
public class TrainingDutyQueryService implements TrainingDutyQuery {
    private final CreditService credits;
    private final TrainingSettings settings;

    @Inject
    public TrainingDutyQueryService(CreditService credits, TrainingSettings settings) {
        this.credits = credits;
        this.settings = settings;
    }

    /** @throws cn.zhifa.platform.error.ProblemException 404 when the officer is unknown */
    @Override
    public TrainingDutyStatus yearlyDuty(long officerId, int year) {
        DutyAssessment duty = credits.year(officerId, year).assessment();
        return new TrainingDutyStatus(officerId, year, duty.legalHours().toDecimal(), duty.requiredHours().toDecimal(),
                duty.ownAgencyUpdates(), settings.policy().requiredOwnAgencyUpdates(), duty.compliant(), duty.missing().stream().map(MissingDuty::code).toList());
    }
}
