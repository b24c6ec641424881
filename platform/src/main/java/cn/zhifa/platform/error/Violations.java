package cn.zhifa.platform.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a request before refusing it, so a client learns all of them at once. */
public final class Violations {
    private final List<Violation> items = new ArrayList<>();

    public Violations add(String field, String code, Object... args) {
        items.add(Violation.of(field, code, args));
        return this;
    }

    public Violations addAll(List<Violation> violations) {
        items.addAll(violations);
        return this;
    }

    /** Adds the violation unless the condition holds. */
    public Violations require(boolean condition, String field, String code, Object... args) {
        if (!condition) {
            add(field, code, args);
        }
        return this;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(items);
    }

    /** 400: the request is malformed or a field fails validation. */
    public void throwIfInvalid() {
        if (!items.isEmpty()) {
            throw ProblemException.invalid(items);
        }
    }

    /** 422: the request is well-formed but a business rule refuses it. */
    public void throwIfRejected() {
        if (!items.isEmpty()) {
            throw ProblemException.rejected(items);
        }
    }
}
