package cn.zhifa.platform.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * An officer's training duties for a year, with the requirements they were measured against: the
 * requirements are training-service's configuration, the one place they are set.
 *
 * @param legalHours             hours that count toward the yearly legal-training requirement
 * @param requiredHours          the configured requirement (60 by default)
 * @param ownUnitUpdateTrainings law-update trainings organised by the officer's own agency
 * @param requiredUpdateTrainings the configured requirement of such trainings (1 by default)
 * @param compliant              every duty met
 * @param missingCodes           the unmet duties' codes, e.g. {@code LEGAL_HOURS_SHORT}
 */
public record TrainingDutyStatus(long officerId, int year, BigDecimal legalHours, BigDecimal requiredHours,
                                 int ownUnitUpdateTrainings, int requiredUpdateTrainings, boolean compliant,
                                 List<String> missingCodes) {
    public TrainingDutyStatus {
        missingCodes = List.copyOf(missingCodes);
    }
}
