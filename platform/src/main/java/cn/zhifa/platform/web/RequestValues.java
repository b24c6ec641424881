package cn.zhifa.platform.web;

import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What every resource checks in a request before a service computes with it: that a body was sent, that a day
 * named in a query is a day this service can count with, that a code names a constant (when one is optional or required); and the one code of a
 * write refused because the row changed since the client read it. Each refusal names the field and the rule.
 */
public final class RequestValues {
    /** 409 with the row's current version: another write came first (optimistic locking). */
    public static final String STALE_VERSION = "STALE_VERSION";
    /**
     * The days a request may name. {@code LocalDate} itself reaches years ±999,999,999, where working-day and
     * year arithmetic overflow ({@code ?asOf=-999999999-01-01} was a 500).
     */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DAY = LocalDate.of(2199, 12, 31);

    private RequestValues() {
    }

    /** The body, or a 400 {@code BODY_REQUIRED}. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw ProblemException.invalid(null, "BODY_REQUIRED");
        }
        return body;
    }

    /**
     * The day a query parameter names ({@code YYYY-MM-DD}), null when absent; a 400 naming the parameter when it is
     * no such day or lies outside {@link #EARLIEST_DAY} .. {@link #LATEST_DAY}.
     */
    public static LocalDate day(String field, String text) {
        if (text == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "DATE_INVALID", text);
        }
        new Violations()
                .require(!day.isBefore(EARLIEST_DAY), field, "DATE_TOO_EARLY", EARLIEST_DAY.toString())
                .require(!day.isAfter(LATEST_DAY), field, "DATE_TOO_LATE", LATEST_DAY.toString())
                .throwIfInvalid();
        return day;
    }

    /**
     * The constant of {@code type} that {@code text} names (case and surrounding spaces ignored), null when
     * {@code text} is absent or blank; otherwise null with {@code unknownCode} on {@code field}, its arguments the
     * text and the allowed names.
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String unknownCode,
                                               Violations violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(field, unknownCode, text.strip(), names(type));
            return null;
        }
    }

    /**
     * As {@link #choice}, for a code that must be given (a column of an import row, a key of a map): absent or blank
     * text is refused with {@code unknownCode} too.
     */
    public static <E extends Enum<E>> E requiredChoice(Class<E> type, String text, String field, String unknownCode,
                                                       Violations violations) {
        if (text == null || text.isBlank()) {
            violations.add(field, unknownCode, text == null ? "" : text.strip(), names(type));
            return null;
        }
        return choice(type, text, field, unknownCode, violations);
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
