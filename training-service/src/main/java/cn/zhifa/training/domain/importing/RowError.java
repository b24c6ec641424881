package cn.zhifa.training.domain.importing;

/**
 * A refused field of an imported line; the code is also the message key.
 *
 * @param line  the line number (1 is the header)
 * @param field the column's English name ({@code courseId}, {@code officerId}, {@code idNumber},
 *              {@code credentialNumber}, {@code hours})
 * @param code  the rule the value breaks
 */
public record RowError(int line, String field, String code) {
    public static final String REQUIRED = "IMPORT_VALUE_REQUIRED";
    public static final String COURSE_ID_INVALID = "IMPORT_COURSE_ID_INVALID";
    public static final String OFFICER_ID_INVALID = "IMPORT_OFFICER_ID_INVALID";
    /** Not 18 characters, or a check character that does not match (a digit mistyped). */
    public static final String ID_NUMBER_INVALID = "IMPORT_ID_NUMBER_INVALID";
    public static final String CREDENTIAL_NUMBER_INVALID = "IMPORT_CREDENTIAL_NUMBER_INVALID";
    /** More than one of officerId, idNumber and credentialNumber given on one line: which one is meant is unclear. */
    public static final String OFFICER_GIVEN_TWICE = "IMPORT_OFFICER_GIVEN_TWICE";
}
