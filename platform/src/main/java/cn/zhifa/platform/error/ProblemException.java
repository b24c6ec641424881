package cn.zhifa.platform.error;

import java.util.List;

/**
 * A refusal that becomes a problem+json response. The title and detail are rendered from the message
 * code in the client's language by {@link ProblemExceptionMapper}; nothing here is user text.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<Object> args;
    private final List<Violation> violations;

    public ProblemException(int status, String code, List<Object> args, List<Violation> violations) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = List.copyOf(args);
        this.violations = List.copyOf(violations);
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, "VALIDATION_FAILED", List.of(), violations);
    }

    public static ProblemException invalid(String field, String code, Object... args) {
        return invalid(List.of(Violation.of(field, code, args)));
    }

    public static ProblemException rejected(List<Violation> violations) {
        return new ProblemException(422, "BUSINESS_RULE_REFUSED", List.of(), violations);
    }

    public static ProblemException rejected(String field, String code, Object... args) {
        return rejected(List.of(Violation.of(field, code, args)));
    }

    public static ProblemException notFound(String entityType, Object id) {
        return new ProblemException(404, "NOT_FOUND", List.of(entityType, String.valueOf(id)), List.of());
    }

    /** 409: a state conflict (illegal transition, duplicate, stale version); the code names which. */
    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(409, code, List.of(args), List.of());
    }

    public static ProblemException forbidden() {
        return new ProblemException(403, "FORBIDDEN", List.of(), List.of());
    }

    public static ProblemException of(int status, String code, Object... args) {
        return new ProblemException(status, code, List.of(args), List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }
}
