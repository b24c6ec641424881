package cn.zhifa.training.domain.importing;

/** The file as a whole cannot be read: nothing of it is imported. The code is also the message key. */
public final class AttendanceFileException extends Exception {
    /** No header, or a header and no data line. */
    public static final String EMPTY = "IMPORT_FILE_EMPTY";
    /** The header lacks courseId, hours, or both officerId and idNumber; or repeats a column. */
    public static final String HEADER_INVALID = "IMPORT_HEADER_INVALID";
    /** Neither UTF-8 nor GB18030 (GBK) text, or an encoding the server does not support. */
    public static final String ENCODING_UNREADABLE = "IMPORT_ENCODING_UNREADABLE";
    /** Not a readable CSV or xlsx file (e.g. a broken archive, or a legacy .xls). */
    public static final String UNREADABLE = "IMPORT_FILE_UNREADABLE";

    private final String code;
    private final String detail;

    public AttendanceFileException(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
        this.detail = detail;
    }

    public AttendanceFileException(String code, String detail, Throwable cause) {
        super(code + ": " + detail, cause);
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    /** Details for the user, e.g. the header as found. */
    public String detail() {
        return detail;
    }
}
