package cn.zhifa.training.service;

import java.math.BigDecimal;

/**
 * One officer's credited hours in a course, as a trainer enters it. The officer is named by exactly one of
 * {@code officerId}, {@code idNumber} and {@code credentialNumber}.
 *
 * @param officerId        the officer (credential-service's id)
 * @param idNumber         the officer's resident identity number (居民身份证号码), with its check character
 * @param credentialNumber the number of a credential the officer holds or held (执法证号)
 * @param hours            credited hours in half-hour steps, at most the course's hours
 */
public record AttendanceEntry(Long officerId, String idNumber, String credentialNumber, BigDecimal hours) {
    /** An entry naming the officer by id. */
    public static AttendanceEntry byId(long officerId, BigDecimal hours) {
        return new AttendanceEntry(officerId, null, null, hours);
    }
}
