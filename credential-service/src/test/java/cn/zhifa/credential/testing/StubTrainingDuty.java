package cn.zhifa.credential.testing;

import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.platform.contract.TrainingDutyStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for training-service, which this module's tests do not deploy: reports what a test set with
 * {@link #set}, and no training at all otherwise.
 */
@ApplicationScoped
public class StubTrainingDuty implements TrainingDutyQuery {
    private static final Map<String, TrainingDutyStatus> DUTIES = new ConcurrentHashMap<>();

    public static void set(long officerId, int year, String legalHours, int ownUnitUpdateTrainings) {
        BigDecimal hours = new BigDecimal(legalHours);
        boolean compliant = hours.compareTo(BigDecimal.valueOf(60)) >= 0 && ownUnitUpdateTrainings >= 1;
        DUTIES.put(officerId + "/" + year, new TrainingDutyStatus(officerId, year, hours, BigDecimal.valueOf(60),
                ownUnitUpdateTrainings, 1, compliant, List.of()));
    }

    @Override
    public TrainingDutyStatus yearlyDuty(long officerId, int year) {
        return DUTIES.getOrDefault(officerId + "/" + year,
                new TrainingDutyStatus(officerId, year, BigDecimal.ZERO, BigDecimal.valueOf(60), 0, 1, false,
                        List.of("LEGAL_HOURS_SHORT")));
    }
}
