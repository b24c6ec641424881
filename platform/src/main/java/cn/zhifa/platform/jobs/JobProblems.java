package cn.zhifa.platform.jobs;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.math.BigDecimal;
import java.util.List;

/**
 * A handler's refusal kept with its job as JSON (code, arguments, violations) and turned back into the same
 * {@link ProblemException}, so that whoever waits for the job answers exactly what the handler refused with.
 */
public final class JobProblems {
    private static final Jsonb JSON = JsonbBuilder.create();

    /** The stored form; public for JSON-B. */
    public record Stored(String code, List<Object> args, List<StoredViolation> violations) {
    }

    /** A stored violation; public for JSON-B. */
    public record StoredViolation(String field, String code, List<Object> args) {
    }

    private JobProblems() {
    }

    static String toJson(ProblemException e) {
        return JSON.toJson(new Stored(e.code(), e.args(), e.violations().stream()
                .map(v -> new StoredViolation(v.field(), v.code(), v.args())).toList()));
    }

    /** The refusal of a REFUSED job (or a FAILED one, as 500 with its code). */
    public static ProblemException of(Job job) {
        int status = job.problemStatus() == null ? 500 : job.problemStatus();
        if (job.problemDetail() == null || !job.problemDetail().startsWith("{")) {
            return new ProblemException(status, job.problemCode() == null ? "JOB_FAILED" : job.problemCode(),
                    List.of(job.id()), List.of());
        }
        Stored stored = JSON.fromJson(job.problemDetail(), Stored.class);
        List<Violation> violations = stored.violations() == null ? List.of() : stored.violations().stream()
                .map(v -> new Violation(v.field(), v.code(), args(v.args()))).toList();
        return new ProblemException(status, stored.code(), args(stored.args()), violations);
    }

    /** JSON numbers come back as BigDecimal: integral ones become Long again, so messages format them alike. */
    private static List<Object> args(List<Object> args) {
        if (args == null) {
            return List.of();
        }
        return args.stream().map(a -> a instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0
                ? (Object) d.longValueExact() : a == null ? "" : a).toList();
    }
}
