package cn.zhifa.platform.error;

import java.util.List;

/**
 * One broken rule: the request field it concerns (or {@code null} for the request as a whole), a stable
 * code that clients may act on, and the arguments of its message.
 */
public record Violation(String field, String code, List<Object> args) {
    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }
}
