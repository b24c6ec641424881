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
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Malformed JSON is the client's fault (400); a database that cannot be reached is
 * 503; the rest is logged with an id that the 500 response returns, never a stack trace.
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
            return ProblemResponses.of(ProblemException.invalid(null, "MALFORMED_JSON"), headers);
        }
        if (causedBy(exception, SQLTransientConnectionException.class)
                || causedBy(exception, SQLNonTransientConnectionException.class)) {
            LOG.warning(() -> "Database unavailable: " + exception);
            return ProblemResponses.build(ProblemResponses.forStatus(503, Messages.of(headers), null));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, exception);
        return ProblemResponses.build(ProblemResponses.forStatus(500, Messages.of(headers), errorId));
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
