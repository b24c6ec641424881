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

    /** Whether 18 characters are 17 digits and their check character (an x counts as X). */
    public static boolean isValid(CharSequence number) {
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
