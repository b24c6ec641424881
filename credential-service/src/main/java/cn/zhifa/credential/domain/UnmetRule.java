package cn.zhifa.credential.domain;

import java.util.List;

/**
 * A rule that refused something: a stable code (also the message key) and the arguments of its message.
 */
public record UnmetRule(String code, List<String> args) {
    public UnmetRule {
        args = List.copyOf(args);
    }

    public static UnmetRule of(String code, Object... args) {
        return new UnmetRule(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
