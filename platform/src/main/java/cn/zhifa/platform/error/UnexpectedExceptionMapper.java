package cn.zhifa.platform.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Malformed JSON is the client's fault (400); a database that cannot be reached is
 * 503; a transaction the database rolled back (deadlock, lock timeout) is 409
 * CONCURRENT_WRITE; the rest is logged with an id that the 500 response returns, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ProblemException problem) {
            return ProblemResponses.of(problem, headers);
        }
        if (causedBy(exception, JsonbException.class) || causedBy(exception, JsonException.class)
                || exception instanceof ProcessingException) {
            return ProblemResponses.of(malformedJson(exception), headers);
        }
        // a connection lost in the middle of a query (Connector/J's CommunicationsException) is recoverable, not a bug
        if (causedBy(exception, SQLTransientConnectionException.class)
                || causedBy(exception, SQLNonTransientConnectionException.class)
                || causedBy(exception, SQLRecoverableException.class)) {
            LOG.warning(() -> "Database unavailable: " + exception);
            return ProblemResponses.build(ProblemResponses.forStatus(503, Messages.of(headers), null));
        }
        if (causedBy(exception, SQLTransactionRollbackException.class)) {
            // A deadlock or lock timeout: the database rolled the whole transaction back, so nothing was written
            // and the same request may simply be repeated.
            LOG.info(() -> "Transaction rolled back by the database: " + exception);
            return Response.fromResponse(ProblemResponses.of(ProblemException.conflict("CONCURRENT_WRITE"), headers))
                    .header(HttpHeaders.RETRY_AFTER, 1).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, exception);
        return ProblemResponses.build(ProblemResponses.forStatus(500, Messages.of(headers), errorId));
    }

    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");

    /** 400 MALFORMED_JSON naming the property that JSON-B could not read, when it says which. */
    static ProblemException malformedJson(Throwable exception) {
        for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                return ProblemException.invalid(property.group(1), "MALFORMED_JSON");
            }
        }
        return ProblemException.invalid(null, "MALFORMED_JSON");
    }

    static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
