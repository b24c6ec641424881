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
        var locale = Messages.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (status == 403 && signedInWithoutARole(request.getSecurityContext())) {
            response.setEntity(ProblemResponses.forCode(403, "SIGN_IN_NO_ROLE", locale));
        } else {
            response.setEntity(ProblemResponses.forStatus(status, locale, null));
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    }

    /**
     * A valid token none of whose roles or groups maps to one of ours ({@code zhifa.security.role-map}): the person
     * signed in at the identity provider but was given no role for this service.
     */
    private static boolean signedInWithoutARole(jakarta.ws.rs.core.SecurityContext security) {
        return security != null && security.getUserPrincipal() != null
                && cn.zhifa.platform.security.Roles.ALL.stream().noneMatch(security::isUserInRole);
    }

    /** Already problem+json, e.g. a refusal replayed from its stored text ({@code Idempotency-Key}). */
    private static boolean isProblem(ContainerResponseContext response) {
        return response.getMediaType() != null && response.getMediaType().toString().startsWith(Problem.MEDIA_TYPE);
    }
}
