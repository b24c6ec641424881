package cn.zhifa.platform.web;

import cn.zhifa.platform.error.Messages;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.ProblemResponses;
import io.helidon.common.concurrency.limits.FixedLimit;
import io.helidon.common.concurrency.limits.LimitAlgorithm;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Admission control of the API ({@link AdmissionSettings}), with Helidon's {@link FixedLimit} (a fair semaphore with a
 * bounded queue): under a burst beyond what the server can do at once (an exam window opening on a server whose code
 * is not yet compiled hot), the requests beyond the permits wait their turn instead of all starting, holding the CPU
 * from the few that hold a database connection, and failing after the pool's wait. The health and metrics endpoints
 * and the web pages are not JAX-RS resources, so probes and page files are never queued behind the API; nor is a
 * resource method that reads a streamed body ({@link InputStream} parameter: an evidence upload, a file import), which
 * lasts as long as the client sends and holds no connection meanwhile.
 */
@Provider
@ApplicationScoped
public class AdmissionLimit implements DynamicFeature {
    private static final String TOKEN = AdmissionLimit.class.getName() + ".token";

    private final Optional<FixedLimit> limit;

    @Inject
    public AdmissionLimit(AdmissionSettings settings) {
        this.limit = settings.permits() == 0 ? Optional.empty() : Optional.of(FixedLimit.create(config -> config
                .permits(settings.permits())
                .queueLength(settings.queueLength())
                .queueTimeout(settings.queueTimeout())
                .fair(true)));
    }

    /** Whether requests to this resource method count against the limit. */
    static boolean admitted(Method method) {
        return Arrays.stream(method.getParameterTypes()).noneMatch(InputStream.class::isAssignableFrom);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (limit.isPresent() && admitted(resource.getResourceMethod())) {
            context.register(new Filter(limit.get()));
        }
    }

    /** Takes a permit (or answers 503) before authentication and the method; gives it back with the response. */
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class Filter implements ContainerRequestFilter, ContainerResponseFilter {
        private final LimitAlgorithm limit;

        Filter(LimitAlgorithm limit) {
            this.limit = limit;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<LimitAlgorithm.Token> token = limit.tryAcquire(true);
            if (token.isEmpty()) {
                request.abortWith(ProblemResponses.of(ProblemException.of(503, "SERVER_BUSY"),
                        Messages.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
                return;
            }
            request.setProperty(TOKEN, token.get());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(TOKEN) instanceof LimitAlgorithm.Token token) {
                request.removeProperty(TOKEN);
                token.success();
            }
        }
    }
}
