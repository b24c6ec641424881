package cn.zhifa.training.demo;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.demo.DemoDataSet;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.training.domain.DutyStatus;
import cn.zhifa.training.service.CreditService;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@HelidonTest
@DatabaseTest
class TrainingDemoDataTest {
    @Inject
    Instance<DemoDataSet> sets;
    @Inject
    CreditService credits;
    @Inject
    Clock clock;

    @Test
    void shouldLoadLastYearWithCompliantAndNonCompliantOfficersAfterTheCredentials() {
        for (int i = 0; i < 4; i++) {
            CredentialTables.officer("演示" + i, "500115002");
        }
        DemoDataSet training = sets.stream().filter(TrainingDemoData.class::isInstance).findFirst().orElseThrow();
        int lastYear = LocalDate.now(clock).getYear() - 1;

        training.load();

        assertEquals(20, training.order(), "after credential-service's officers");
        Set<DutyStatus> statuses = EnumSet.noneOf(DutyStatus.class);
        long firstOfficer = Sql.number("SELECT MIN(officer_id) FROM cred_v_officer");
        for (long officer = firstOfficer; officer < firstOfficer + 4; officer++) {
            statuses.add(credits.year(officer, lastYear).assessment().status());
        }
        assertTrue(statuses.containsAll(EnumSet.of(DutyStatus.COMPLIANT, DutyStatus.NOT_COMPLIANT)), statuses.toString());
        assertTrue(Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'TRAINING_ATTENDANCE_RECORDED'") > 0);
    }
}
