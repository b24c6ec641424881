package cn.zhifa.servers.credential;

import cn.zhifa.credential.service.CredentialService;
import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link TrainingDutyQuery} of the credential server: the training server's answer over HTTP. The only
 * implementation in this deployable (training-service is not in it); the all-in-one server keeps training-service's
 * in-process one.
 *
 * <p>Authentication: the reviewer's own token (MP-JWT, role judicial) is forwarded as is, so the training server
 * checks the same person and roles, and its audit and logs name the reviewer, not a technical account. Both
 * servers therefore verify the same issuer and key ({@code mp.jwt.verify.*}). A failing or unreachable training
 * server, a timeout or an open circuit make the review answer 503 {@code TRAINING_RECORDS_UNAVAILABLE}, as when
 * no training records can be read at all; the review then changes nothing.
 */
@ApplicationScoped
public class RemoteTrainingDutyQuery implements TrainingDutyQuery {
    private static final Logger LOG = Logger.getLogger(RemoteTrainingDutyQuery.class.getName());

    private final TrainingDutyCalls calls;
    private final Instance<JsonWebToken> token;

    @Inject
    public RemoteTrainingDutyQuery(TrainingDutyCalls calls, Instance<JsonWebToken> token) {
        this.calls = calls;
        this.token = token;
    }

    @Override
    public TrainingDutyStatus yearlyDuty(long officerId, int year) {
        String authorization = callerAuthorization();
        Throwable failure;
        try {
            return calls.fetch(officerId, year, authorization).toCompletableFuture().get();
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure instanceof ProblemException problem) {
            throw problem;
        }
        Throwable cause = failure;
        LOG.log(Level.WARNING, () -> "Training duty of officer " + officerId + " in " + year
                + " unavailable from " + calls.baseUrl() + ": " + cause);
        throw ProblemException.of(503, CredentialService.TRAINING_RECORDS_UNAVAILABLE);
    }

    /** {@code Bearer <the caller's token>}, or null outside a request or on an anonymous one. */
    private String callerAuthorization() {
        try {
            JsonWebToken jwt = token.get();
            return jwt == null || jwt.getRawToken() == null ? null : "Bearer " + jwt.getRawToken();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
