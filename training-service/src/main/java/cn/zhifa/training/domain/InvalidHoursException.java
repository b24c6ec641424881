package cn.zhifa.training.domain;

/** Hours that cannot be credited; {@link #code()} names the rule for the field error. */
public final class InvalidHoursException extends IllegalArgumentException {
    /** Not a decimal number. */
    public static final String NOT_A_NUMBER = "HOURS_NOT_A_NUMBER";
    /** Zero or negative. */
    public static final String NOT_POSITIVE = "HOURS_NOT_POSITIVE";
    /** Not a multiple of half an hour (e.g. 1.25). */
    public static final String NOT_HALF_STEP = "HOURS_NOT_HALF_STEP";
    /** More than {@link Hours#MAX_HOURS}. */
    public static final String TOO_LARGE = "HOURS_TOO_LARGE";

    private final String code;

    InvalidHoursException(String code, String input) {
        super(code + ": " + input);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
