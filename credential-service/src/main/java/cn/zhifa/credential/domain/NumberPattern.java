package cn.zhifa.credential.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential number scheme (证件编号规则), e.g. {@code {agency}{year}{serial:5}} →
 * {@code 500115002202600001}. Placeholders: {@code {agency}} the issuing agency's code, {@code {area}} its
 * division code, {@code {year}} the year of issue, {@code {serial:N}} a serial of N digits (exactly once);
 * anything else must be letters, digits or {@code -}. Serials count per {@link #scope scope}, i.e. per
 * number with the serial left out, and a scope's serials are never handed out twice.
 */
public final class NumberPattern {
    /** The longest number the database holds. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::(\\d+))?}");
    private static final String SERIAL_MARK = "{serial}";

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DASHES = Pattern.compile("\\p{Pd}+");

    private final String pattern;
    private final int serialDigits;
    private final boolean hyphenated;

    private NumberPattern(String pattern, int serialDigits, boolean hyphenated) {
        this.pattern = pattern;
        this.serialDigits = serialDigits;
        this.hyphenated = hyphenated;
    }

    /** Parses and checks a pattern; throws {@link IllegalArgumentException} saying what is wrong. */
    public static NumberPattern parse(String pattern) {
        Matcher tokens = TOKEN.matcher(pattern);
        int serialDigits = 0;
        int serials = 0;
        StringBuilder literal = new StringBuilder();
        int end = 0;
        while (tokens.find()) {
            literal.append(pattern, end, tokens.start());
            end = tokens.end();
            String name = tokens.group(1);
            String width = tokens.group(2);
            switch (name) {
                case "agency", "area", "year" -> {
                    if (width != null) {
                        throw new IllegalArgumentException("{" + name + "} takes no width in " + pattern);
                    }
                }
                case "serial" -> {
                    serials++;
                    serialDigits = width == null ? 0 : Integer.parseInt(width);
                }
                default -> throw new IllegalArgumentException("unknown placeholder {" + name + "} in " + pattern);
            }
        }
        literal.append(pattern.substring(end));
        if (!literal.toString().matches("[A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("only letters, digits, - and placeholders allowed: " + pattern);
        }
        if (serials != 1 || serialDigits < 1 || serialDigits > 9) {
            throw new IllegalArgumentException("exactly one {serial:N} with N from 1 to 9 needed: " + pattern);
        }
        return new NumberPattern(pattern, serialDigits, literal.indexOf("-") >= 0);
    }

    /** The key the serial counts under: the number of this issue with the serial left out. */
    public String scope(String agencyCode, String areaCode, int year) {
        return substitute(agencyCode, areaCode, year, SERIAL_MARK);
    }

    /** The number with the given serial; throws when the serial does not fit its digits. */
    public String render(String agencyCode, String areaCode, int year, long serial) {
        if (serial < 1 || serial > maxSerial()) {
            throw new IllegalArgumentException("serial " + serial + " outside 1.." + maxSerial());
        }
        String number = substitute(agencyCode, areaCode, year,
                String.format(Locale.ROOT, "%0" + serialDigits + "d", serial));
        if (number.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("number longer than " + MAX_LENGTH + " characters");
        }
        return number;
    }

    /**
     * A number as a person typed it, written as the register writes numbers: full-width digits and letters (from a
     * Chinese input method) made plain (NFKC), spaces dropped, and dashes too unless this scheme
     * puts a hyphen into its numbers ("500115 00220 26 00001" and "５００１１５…" both find 500115002202600001).
     */
    public String normalise(String typed) {
        String text = SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
        return hyphenated ? text : DASHES.matcher(text).replaceAll("");
    }

    /** The largest serial that fits: 99999 for {@code {serial:5}}. */
    public long maxSerial() {
        return (long) Math.pow(10, serialDigits) - 1;
    }

    @Override
    public String toString() {
        return pattern;
    }

    private String substitute(String agencyCode, String areaCode, int year, String serial) {
        return TOKEN.matcher(pattern).replaceAll(token -> Matcher.quoteReplacement(switch (token.group(1)) {
            case "agency" -> agencyCode;
            case "area" -> areaCode;
            case "year" -> String.format(Locale.ROOT, "%04d", year);
            default -> serial;
        }));
    }
}
