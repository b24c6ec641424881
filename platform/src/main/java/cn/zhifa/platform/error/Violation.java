package cn.zhifa.platform.error;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One broken rule: the request field it concerns (or {@code null} for the request as a whole), a stable
 * code that clients may act on, and the arguments of its message. A missing value among the arguments
 * (the field was left out of the request) shows as empty text rather than failing the request.
 */
public record Violation(String field, String code, List<Object> args) {
    public Violation {
        args = args.stream().map(arg -> Objects.requireNonNullElse(arg, (Object) "")).toList();
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, Arrays.asList(args));
    }
}
