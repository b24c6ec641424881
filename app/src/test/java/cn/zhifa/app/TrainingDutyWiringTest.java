package cn.zhifa.app;

import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.training.service.TrainingDutyQueryService;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The all-in-one server answers the annual review's training duty in-process: training-service's query is the one
 * and only {@link TrainingDutyQuery} here, and the credential server's remote one is not even on the class path
 * (the per-service servers are built before app but stay off its class path).
 */
@HelidonTest
class TrainingDutyWiringTest {
    @Inject
    BeanManager beans;
    @Inject
    Instance<TrainingDutyQuery> duties;

    @Test
    void shouldAnswerTheTrainingDutyInProcessWithExactlyOneImplementation() {
        Set<Bean<?>> candidates = beans.getBeans(TrainingDutyQuery.class);
        assertEquals(1, candidates.size(), "no ambiguous TrainingDutyQuery: " + candidates);
        assertEquals(TrainingDutyQueryService.class, candidates.iterator().next().getBeanClass());
        assertTrue(duties.isResolvable());
        assertInstanceOf(TrainingDutyQueryService.class, duties.get());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("cn.zhifa.servers.credential.RemoteTrainingDutyQuery"));
    }
}
