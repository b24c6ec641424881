package cn.zhifa.servers.credential;

import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One call of the training server, guarded: a {@link Timeout} and a {@link CircuitBreaker} (values in
 * microprofile-config.properties, overridable as {@code cn.zhifa.servers.credential.TrainingDutyCalls/fetch/...}).
 * A 404 is an answer (no such officer) and does not count as a failure; anything else but 200 does.
 * {@link Asynchronous}, because a timeout cannot interrupt a blocked socket read: the caller is released when the
 * timeout strikes, while the call itself ends at the client's read timeout at the latest. The caller's token is a
 * parameter, so nothing here depends on the request scope.
 */
@ApplicationScoped
public class TrainingDutyCalls {
    private final TrainingDutyClient client;
    private final URI baseUrl;

    @Inject
    public TrainingDutyCalls(@ConfigProperty(name = "zhifa.training.url") URI baseUrl,
                             @ConfigProperty(name = "zhifa.training.connect-timeout", defaultValue = "PT2S") Duration connect,
                             @ConfigProperty(name = "zhifa.training.read-timeout", defaultValue = "PT10S") Duration read) {
        this.baseUrl = baseUrl;
        this.client = RestClientBuilder.newBuilder().baseUri(baseUrl)
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                // the status is examined below, 404 included: no mapping of error statuses to exceptions
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(TrainingDutyClient.class);
    }

    /** Where the training server is expected (for the log and the start-up message). */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * @param authorization the {@code Authorization} header to send, or null
     * @return the duty; or completed with ProblemException 404 when the training server knows no such officer,
     *         with IllegalStateException when it answers anything else but 200, or with the fault-tolerance
     *         exceptions (timeout, open circuit)
     */
    @Asynchronous
    @Timeout(value = 5000, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, skipOn = ProblemException.class)
    public CompletionStage<TrainingDutyStatus> fetch(long officerId, int year, String authorization) {
        try (Response response = client.yearlyDuty(officerId, year, authorization)) {
            if (response.getStatus() == 200) {
                return CompletableFuture.completedFuture(response.readEntity(TrainingDutyStatus.class));
            }
            if (response.getStatus() == 404) {
                throw ProblemException.notFound("officer", officerId);
            }
            throw new IllegalStateException("The training server at " + baseUrl + " answered " + response.getStatus()
                    + " for the duty of officer " + officerId + " in " + year);
        }
    }
}
