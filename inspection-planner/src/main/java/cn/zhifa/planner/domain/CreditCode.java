package cn.zhifa.planner.domain;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
 * characters 3-8 are the registering division code and the last one is a mod-31 check character.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weights 3^i mod 31 for positions 1..17, as the standard lists them. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** True when {@code code} is 18 characters of the alphabet with digits at 3-8 and a correct check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        int expected = checkCharacterIndex(code.substring(0, 17));
        return expected >= 0 && ALPHABET.indexOf(code.charAt(17)) == expected;
    }

    /** The check character for the first 17 characters; used by the demo data and tests to make valid codes. */
    public static char checkCharacter(String first17) {
        int index = checkCharacterIndex(first17);
        if (index < 0 || first17.length() != 17) {
            throw new IllegalArgumentException("not 17 characters of the GB 32100 alphabet: " + first17);
        }
        return ALPHABET.charAt(index);
    }

    private static int checkCharacterIndex(String first17) {
        int sum = 0;
        for (int i = 0; i < first17.length() && i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                return -1;
            }
            sum += v * WEIGHTS[i];
        }
        return (31 - sum % 31) % 31;
    }
}
