package cn.zhifa.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of class hours (学时) in half-hour steps, held as an integer count of half hours so that
 * sums and comparisons are exact. Non-negative; credited amounts are also positive (see {@link #of}).
 *
 * @param halfHours the count of half hours, {@code >= 0}
 */
public record Hours(int halfHours) implements Comparable<Hours> {
    /** No single course or credit exceeds this; it keeps yearly sums far from overflow. */
    public static final int MAX_HOURS = 999;
    public static final Hours ZERO = new Hours(0);

    public Hours {
        if (halfHours < 0) {
            throw new IllegalArgumentException("negative hours: " + halfHours);
        }
    }

    public static Hours ofHalfHours(int halfHours) {
        return new Hours(halfHours);
    }

    public static Hours ofWhole(int hours) {
        return new Hours(Math.multiplyExact(hours, 2));
    }

    /**
     * Hours to credit, as given by a user: positive, at most {@link #MAX_HOURS}, a multiple of 0.5.
     *
     * @throws InvalidHoursException with the code of the broken rule
     */
    public static Hours of(BigDecimal hours) {
        if (hours.signum() <= 0) {
            throw new InvalidHoursException(InvalidHoursException.NOT_POSITIVE, shown(hours));
        }
        if (hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0) {
            throw new InvalidHoursException(InvalidHoursException.TOO_LARGE, shown(hours));
        }
        BigDecimal doubled = hours.multiply(BigDecimal.TWO);
        if (doubled.stripTrailingZeros().scale() > 0) {
            throw new InvalidHoursException(InvalidHoursException.NOT_HALF_STEP, shown(hours));
        }
        return new Hours(doubled.intValueExact());
    }

    /**
     * The refused amount as the message shows it: plain unless that would be absurdly long (the plain
     * form of {@code 1e999999999}, a valid JSON number and CSV cell, is a billion characters).
     */
    private static String shown(BigDecimal hours) {
        return hours.precision() - hours.scale() > 30 || hours.scale() > 30 ? hours.toString() : hours.toPlainString();
    }

    /** {@link #of(BigDecimal)} for text such as {@code "2"}, {@code "2.5"} or {@code " 3.0 "}. */
    public static Hours parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidHoursException(InvalidHoursException.NOT_A_NUMBER, text);
        }
        return of(value);
    }

    public Hours plus(Hours other) {
        return new Hours(Math.addExact(halfHours, other.halfHours));
    }

    /** What is left to reach {@code target}: zero when this already reaches it. */
    public Hours shortOf(Hours target) {
        return new Hours(Math.max(0, target.halfHours - halfHours));
    }

    public boolean isZero() {
        return halfHours == 0;
    }

    /** The hours as a decimal: {@code 12}, {@code 12.5}. */
    public BigDecimal toDecimal() {
        return halfHours % 2 == 0
                ? BigDecimal.valueOf(halfHours / 2)
                : BigDecimal.valueOf(halfHours).divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY);
    }

    @Override
    public int compareTo(Hours other) {
        return Integer.compare(halfHours, other.halfHours);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString();
    }
}
