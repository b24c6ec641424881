package cn.zhifa.platform.tabular;

import cn.zhifa.platform.error.ProblemException;

import java.util.List;

/**
 * The file as a whole cannot be imported: nothing of it is stored. The code is also the message key
 * (platform bundle for the codes below, the service's bundle for its own, e.g. a header it does not know).
 */
public final class TableFileException extends Exception {
    /** Neither UTF-8 nor GB18030 (GBK) text, or a charset the server does not know. */
    public static final String ENCODING_UNREADABLE = "IMPORT_ENCODING_UNREADABLE";
    /** Not a readable CSV or xlsx file (broken quoting, a broken archive, a legacy .xls). */
    public static final String UNREADABLE = "IMPORT_FILE_UNREADABLE";
    /** More data rows than the limit. */
    public static final String TOO_MANY_ROWS = "IMPORT_TOO_MANY_ROWS";
    /** A CSV field or xlsx cell longer than the limit. */
    public static final String FIELD_TOO_LONG = "IMPORT_FIELD_TOO_LONG";
    /** A CSV record longer than the limit. */
    public static final String LINE_TOO_LONG = "IMPORT_LINE_TOO_LONG";
    /** An xlsx part that expands beyond the limit, or far beyond its compressed size (a zip bomb). */
    public static final String XLSX_TOO_LARGE = "IMPORT_XLSX_TOO_LARGE";
    /** An xlsx shared-strings table with more entries or characters than the limits. */
    public static final String SHARED_STRINGS_TOO_LARGE = "IMPORT_SHARED_STRINGS_TOO_LARGE";

    private final String code;
    private final List<Object> args;

    public TableFileException(String code, Object... args) {
        super(code + ": " + List.of(args));
        this.code = code;
        this.args = List.of(args);
    }

    public TableFileException(String code, Throwable cause, Object... args) {
        super(code + ": " + List.of(args), cause);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** 400 naming the field {@code file}, with this code and its arguments. */
    public ProblemException toProblem() {
        return ProblemException.invalid("file", code, args.toArray());
    }
}
