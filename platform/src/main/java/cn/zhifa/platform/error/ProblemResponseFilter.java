package cn.zhifa.platform.error;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;


/**
 * Error responses that were not built from an exception (the security layer's 401 and 403, for
 * instance) still leave as problem+json.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class ProblemResponseFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.getEntity() instanceof Problem || isProblem(response)
                || (status == 404 && request.getUriInfo().getMatchedResources().isEmpty())) {
            return;
        }
        response.setEntity(ProblemResponses.forStatus(status, Messages.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), null));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    }

    /** Already problem+json, e.g. a refusal replayed from its stored text ({@code Idempotency-Key}). */
    private static boolean isProblem(ContainerResponseContext response) {
        return response.getMediaType() != null && response.getMediaType().toString().startsWith(Problem.MEDIA_TYPE);
    }
}
