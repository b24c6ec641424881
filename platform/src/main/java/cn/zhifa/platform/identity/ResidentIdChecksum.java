package cn.zhifa.platform.identity;

/**
 * The GB 11643 mod 11-2 check character of a resident identity number (居民身份证号码), shared by the
 * identity validation of the services and by the log redaction that must recognise such numbers.
 */
public final class ResidentIdChecksum {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdChecksum() {
    }

    /** The check character of 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("17 digits expected");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Whether 18 characters read as a resident identity number: 17 digits whose digits 7-14 are a
     * calendar date of 1900-2099, then their check character (an x counts as X). Other 18-digit codes,
     * such as credential numbers, rarely pass both.
     */
    public static boolean isValid(CharSequence number) {
        return hasValidCheckCharacter(number) && hasBirthDate(number.toString());
    }

    private static boolean hasBirthDate(String number) {
        int year = Integer.parseInt(number.substring(6, 10));
        if (year < 1900 || year > 2099) {
            return false;
        }
        try {
            java.time.LocalDate.of(year, Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static boolean hasValidCheckCharacter(CharSequence number) {
        if (number.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        return Character.toUpperCase(number.charAt(17)) == checkCharacter(number.subSequence(0, 17));
    }
}
