package cn.zhifa.credential.domain;

import java.time.LocalDate;

/** 有效期: both ends inclusive. */
public record ValidityPeriod(LocalDate from, LocalDate until) {
    public ValidityPeriod {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
    }

    /**
     * A period of whole years from {@code from}, ending the day before the anniversary: from 2026-03-01 for
     * 5 years ends on 2031-02-28. The anniversary of 29 February in a common year is 1 March, so a period
     * from 2024-02-29 ends on 2029-02-28 rather than losing a day.
     */
    public static ValidityPeriod ofYears(LocalDate from, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("validity must be at least one year");
        }
        LocalDate anniversary = from.plusYears(years);
        if (from.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
            anniversary = anniversary.plusDays(1);
        }
        return new ValidityPeriod(from, anniversary.minusDays(1));
    }
}
