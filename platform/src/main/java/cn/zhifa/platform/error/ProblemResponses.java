package cn.zhifa.platform.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** Builds problem+json responses with text in the client's language. */
public final class ProblemResponses {
    /**
     * When a client or load balancer may try a 503 again: longer than the pool waits for a connection, so a burst that
     * exhausted it has drained by then; a database failover or an open circuit to training-service lasts seconds.
     */
    static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    private ProblemResponses() {
    }

    public static Response of(ProblemException e, HttpHeaders headers) {
        return of(e, Messages.of(headers));
    }

    public static Response of(ProblemException e, Locale locale) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.code(), Messages.text(locale, v.code(), v.args())))
                .toList();
        Problem problem = new Problem("urn:zhifa:problem:" + e.code(), Messages.text(locale, titleKey(e.status())),
                e.status(), Messages.text(locale, e.code(), localizedArgs(e, locale)), errors.isEmpty() ? null : errors,
                null);
        return build(problem);
    }

    /** "officer" in NOT_FOUND becomes 执法人员 or officer. */
    private static List<Object> localizedArgs(ProblemException e, Locale locale) {
        if (!e.code().equals("NOT_FOUND") || e.args().isEmpty()) {
            return e.args();
        }
        String key = "entity." + e.args().getFirst();
        String entity = Messages.text(locale, key);
        List<Object> args = new java.util.ArrayList<>(e.args());
        args.set(0, entity.equals(key) ? e.args().getFirst() : entity);
        return args;
    }

    /** A problem for a bare status (e.g. 401 from the security layer, 405 from routing). */
    public static Problem forStatus(int status, Locale locale, String errorId) {
        String code = statusCode(status);
        return new Problem("urn:zhifa:problem:" + code, Messages.text(locale, titleKey(status)), status,
                Messages.text(locale, code), null, errorId);
    }

    /** A problem for a status and a code of its own, without arguments (e.g. 403 {@code SIGN_IN_NO_ROLE}). */
    public static Problem forCode(int status, String code, Locale locale) {
        return new Problem("urn:zhifa:problem:" + code, Messages.text(locale, titleKey(status)), status,
                Messages.text(locale, code), null, null);
    }

    /** The response; a 503 says when to try again ({@code Retry-After}). */
    public static Response build(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    private static String titleKey(int status) {
        return "TITLE_" + status;
    }

    private static String statusCode(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NO_SUCH_RESOURCE";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
    }
}
