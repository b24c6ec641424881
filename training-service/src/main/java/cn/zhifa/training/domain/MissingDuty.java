package cn.zhifa.training.domain;

/**
 * One unmet part of the yearly duty, with what is still left ("还差 12 学时").
 *
 * @param code      {@link #LEGAL_HOURS} or {@link #OWN_AGENCY_UPDATE}; also the message key
 * @param remaining hours for {@link #LEGAL_HOURS}, a count of trainings for {@link #OWN_AGENCY_UPDATE}
 */
public record MissingDuty(String code, Number remaining) {
    /** The legal hours are short of the required hours; {@code remaining} is the hours left. */
    public static final String LEGAL_HOURS = "LEGAL_HOURS_SHORT";
    /** Too few 法律知识更新培训 organised by the officer's own agency; {@code remaining} is the count left. */
    public static final String OWN_AGENCY_UPDATE = "OWN_UNIT_UPDATE_MISSING";
}
