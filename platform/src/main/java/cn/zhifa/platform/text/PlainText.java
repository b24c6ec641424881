package cn.zhifa.platform.text;

import cn.zhifa.platform.error.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for the characters of stored names and texts: no control characters (Unicode Cc: NUL, ESC, DEL, the C1
 * range…) and no bidirectional formatting characters (U+202A–U+202E such as RIGHT-TO-LEFT OVERRIDE, U+2066–U+2069,
 * U+200E, U+200F, U+061C), which make a published name read as something else (U+202E + "gpj.exe" shows as "exe.jpg"),
 * break CSV and log lines, or cut a string short in C libraries; nor half a surrogate pair. A multi-line text field
 * (a note, a reason, a matter's content) may hold line feeds, carriage returns and tabs; a name may not.
 * Violations carry the code {@value #CODE} with the field and the character as {@code U+XXXX}.
 */
public final class PlainText {

    public static final String CODE = "TEXT_CHARACTER_FORBIDDEN";

    /**
     * JSON fields (by their last name) that are multi-line texts; every other string is a single line. One list for
     * all services, so that a field is multi-line wherever it occurs.
     */
    static final Set<String> MULTI_LINE_FIELDS = Set.of("content", "legalBasis", "note", "reason", "stem", "targetScope");

    private PlainText() {
    }

    /** Whether a field of this name is a multi-line text; {@code field} may be a path such as {@code items[2].note}. */
    public static boolean isMultiLine(String field) {
        String last = field == null ? "" : field.substring(field.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return MULTI_LINE_FIELDS.contains(bracket < 0 ? last : last.substring(0, bracket));
    }

    /** The first forbidden character of {@code value} in a field of that name, as a violation; empty if none. */
    public static Optional<Violation> check(String field, String value) {
        int forbidden = firstForbidden(value, isMultiLine(field));
        return forbidden < 0 ? Optional.empty()
                : Optional.of(Violation.of(field, CODE, String.format(Locale.ROOT, "U+%04X", forbidden)));
    }

    /** The violations of a file row's cells, each named {@code prefix + header}: an import's cells are single lines. */
    public static List<Violation> checkCells(String prefix, List<String> header, List<String> cells) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            named.put(i < header.size() ? header.get(i) : "[" + i + "]", cells.get(i));
        }
        return checkCells(prefix, named);
    }

    /** The violations of a file row's cells by column name, each named {@code prefix + column}. */
    public static List<Violation> checkCells(String prefix, Map<String, String> cells) {
        List<Violation> out = new ArrayList<>();
        cells.forEach((column, cell) -> {
            int forbidden = firstForbidden(cell, false);
            if (forbidden >= 0) {
                out.add(Violation.of(prefix + column, CODE, String.format(Locale.ROOT, "U+%04X", forbidden)));
            }
        });
        return out;
    }

    /** The first forbidden code point (or lone surrogate), or -1. */
    static int firstForbidden(String value, boolean multiLine) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || isForbidden(c, multiLine)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isForbidden(char c, boolean multiLine) {
        if (Character.getType(c) == Character.CONTROL) {
            return !(multiLine && (c == '\n' || c == '\r' || c == '\t'));
        }
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
