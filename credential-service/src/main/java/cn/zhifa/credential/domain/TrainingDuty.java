package cn.zhifa.credential.domain;

import java.math.BigDecimal;

/**
 * What an officer did of the yearly training duty (as training-service reports it).
 *
 * @param legalHours         comprehensive and professional legal training hours (学时), political hours excluded
 * @param ownUnitUpdateTrainings 法律知识更新培训 attended that the officer's own unit organised
 */
public record TrainingDuty(int year, BigDecimal legalHours, int ownUnitUpdateTrainings) {
}
