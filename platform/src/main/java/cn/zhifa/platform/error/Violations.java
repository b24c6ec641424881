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

    /** A required text: FIELD_REQUIRED when null or blank, FIELD_TOO_LONG over {@code max} characters. */
    public Violations requireText(String field, String value, int max) {
        require(value != null && !value.isBlank(), field, "FIELD_REQUIRED");
        return require(value == null || value.length() <= max, field, "FIELD_TOO_LONG", max);
    }

    /** An optional text: FIELD_TOO_LONG over {@code max} characters. */
    public Violations optionalText(String field, String value, int max) {
        return require(value == null || value.length() <= max, field, "FIELD_TOO_LONG", max);
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
