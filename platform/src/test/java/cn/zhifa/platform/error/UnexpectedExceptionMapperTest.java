package cn.zhifa.platform.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the database's failures become for the client: the status, the problem and whether to try again. */
class UnexpectedExceptionMapperTest {
    private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

    @Test
    void anExhaustedPoolIsUnavailableForAMomentAndSaysWhenToTryAgain() {
        Response response = mapper.toResponse(new PersistenceException("### Error querying database.",
                new SQLTransientConnectionException("zhifa - Connection is not available, request timed out after 3000ms")));

        assertUnavailableForAMoment(response);
        assertEquals("urn:zhifa:problem:SERVICE_UNAVAILABLE", ((Problem) response.getEntity()).type());
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsUnavailableToo() {
        Response response = mapper.toResponse(new PersistenceException(
                new SQLNonTransientConnectionException("Could not create connection to database server")));

        assertUnavailableForAMoment(response);
    }

    /** Connector/J's link failure in the middle of a query (CommunicationsException) is a recoverable exception. */
    @Test
    void aConnectionLostDuringAQueryIsUnavailableToo() {
        Response response = mapper.toResponse(new PersistenceException(
                new java.sql.SQLRecoverableException("Communications link failure", "08S01")));

        assertUnavailableForAMoment(response);
    }

    @Test
    void aServiceThatAnswersUnavailableItselfSaysWhenToTryAgainToo() {
        Response response = mapper.toResponse(ProblemException.of(503, "TRAINING_RECORDS_UNAVAILABLE"));

        assertUnavailableForAMoment(response);
    }

    @Test
    void aTransactionRolledBackByTheDatabaseIsAConflictToRepeatAtOnce() {
        Response response = mapper.toResponse(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock")));

        assertEquals(409, response.getStatus());
        assertEquals("urn:zhifa:problem:CONCURRENT_WRITE", ((Problem) response.getEntity()).type());
        assertEquals("1", response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void anythingElseIsAnInternalErrorWithAnIdAndNoInvitationToRetry() {
        Response response = mapper.toResponse(new IllegalStateException("a bug"));

        assertEquals(500, response.getStatus());
        assertNotNull(((Problem) response.getEntity()).errorId());
        assertNull(response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    private static void assertUnavailableForAMoment(Response response) {
        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(ProblemResponses.UNAVAILABLE_RETRY_AFTER_SECONDS),
                response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
