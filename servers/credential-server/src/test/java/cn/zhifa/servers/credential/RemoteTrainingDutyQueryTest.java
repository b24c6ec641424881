package cn.zhifa.servers.credential;

import cn.zhifa.credential.service.CredentialService;
import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The credential server's training duty comes from the training server over HTTP: the only implementation in
 * this deployable, the reviewer's token forwarded, 404 kept, and every failure (error status, timeout, open
 * circuit) turned into 503 TRAINING_RECORDS_UNAVAILABLE. The circuit test runs last: it leaves the circuit open.
 */
@ExtendWith(StubTrainingServer.class)
@HelidonTest
@AddConfig(key = "cn.zhifa.servers.credential.TrainingDutyCalls/fetch/Timeout/value", value = "6000")
@AddConfig(key = "zhifa.training.read-timeout", value = "PT30S")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteTrainingDutyQueryTest {
    private static final String DUTY = "{\"officerId\":7,\"year\":2025,\"legalHours\":64.5,\"requiredHours\":60,"
            + "\"ownUnitUpdateTrainings\":1,\"requiredUpdateTrainings\":1,\"compliant\":true,\"missingCodes\":[]}";

    @Inject
    Instance<TrainingDutyQuery> duties;
    @Inject
    BeanManager beans;
    @Inject
    WebTarget target;

    private static ProblemException problem(Runnable call) {
        return assertThrows(ProblemException.class, call::run);
    }

    @Test
    @Order(1)
    void shouldHaveExactlyOneImplementationTheRemoteOne() {
        assertEquals(1, beans.getBeans(TrainingDutyQuery.class).size(), "no ambiguous TrainingDutyQuery");
        assertTrue(duties.isResolvable());
        assertInstanceOf(RemoteTrainingDutyQuery.class, duties.get());
    }

    @Test
    @Order(2)
    void shouldReadTheDutyFromTheTrainingServer() {
        StubTrainingServer.answer(200, DUTY, Duration.ZERO);

        TrainingDutyStatus duty = duties.get().yearlyDuty(7, 2025);

        assertEquals(new TrainingDutyStatus(7, 2025, new BigDecimal("64.5"), new BigDecimal("60"), 1, 1, true, List.of()),
                duty);
        StubTrainingServer.Seen seen = StubTrainingServer.seen().getLast();
        assertEquals("/api/v1/training/duties/7?year=2025", seen.pathAndQuery());
        assertTrue(seen.authorization() == null || seen.authorization().isBlank(),
                "outside a request there is no token to forward: " + seen.authorization());
    }

    @Test
    @Order(3)
    void shouldForwardTheReviewersToken() {
        StubTrainingServer.answer(200, DUTY, Duration.ZERO);
        String bearer = Tokens.bearer("judicial-7", Roles.JUDICIAL);

        Response response = target.path("/api/test/duty/7/2025").request().header("Authorization", bearer).get();

        assertEquals(200, response.getStatus(), response.readEntity(String.class));
        assertEquals(bearer, StubTrainingServer.seen().getLast().authorization());
    }

    @Test
    @Order(4)
    void shouldKeepNotFoundForAnUnknownOfficer() {
        StubTrainingServer.answer(404, "{\"status\":404}", Duration.ZERO);

        assertEquals(404, problem(() -> duties.get().yearlyDuty(8, 2025)).status());
    }

    @Test
    @Order(5)
    void shouldGiveUpAfterTheTimeout() {
        StubTrainingServer.answer(200, DUTY, Duration.ofMillis(15_000));

        long start = System.nanoTime();
        ProblemException timedOut = problem(() -> duties.get().yearlyDuty(7, 2025));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals(503, timedOut.status());
        assertEquals(CredentialService.TRAINING_RECORDS_UNAVAILABLE, timedOut.code());
        assertTrue(tookMs < 12_000, "gave up after the 6 s timeout, not the 15 s answer or the 30 s read timeout; took " + tookMs + " ms");
    }

    @Test
    @Order(6)
    void shouldAnswer503OnFailuresAndThenStopCallingWhileTheCircuitIsOpen() {
        StubTrainingServer.answer(500, "{}", Duration.ZERO);
        int calls = 0;
        int reached = 0;
        while (calls < 8) {
            int before = StubTrainingServer.seen().size();
            ProblemException failed = problem(() -> duties.get().yearlyDuty(7, 2025));
            calls++;
            assertEquals(503, failed.status());
            assertEquals(CredentialService.TRAINING_RECORDS_UNAVAILABLE, failed.code());
            if (StubTrainingServer.seen().size() == before) {
                break;
            }
            reached++;
        }
        assertTrue(reached <= 4, "the circuit opens within the 4-call window, the server was called " + reached + " times");
        assertTrue(calls > reached, "an open circuit answers without calling the training server");
    }
}
