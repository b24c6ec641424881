package cn.zhifa.platform.contract;

/**
 * Published by training-service for credential-service's annual review (年审): whether an officer met
 * a year's training duties under training-service's own rules.
 */
public interface TrainingDutyQuery {
    TrainingDutyStatus yearlyDuty(long officerId, int year);
}
