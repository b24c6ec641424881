package cn.zhifa.credential.domain;

import cn.zhifa.platform.identity.ResidentIdChecksum;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 居民身份证号码 (GB 11643-1999): six digits of the address code, eight of the birth date, three of a
 * sequence and a mod 11-2 check character (0-9 or X). The number is personal data: it is never logged,
 * never echoed in an error and never shown to the public, so this class has no {@code toString} of it.
 */
public final class IdentityNumber {
    /** The number is not 17 digits followed by a digit or X. */
    public static final String FORMAT = "ID_NUMBER_FORMAT";
    /** The first two digits name no province-level division. */
    public static final String REGION = "ID_NUMBER_REGION";
    /** The eight birth-date digits are no date, or not a plausible one for a working person. */
    public static final String BIRTH_DATE = "ID_NUMBER_BIRTH_DATE";
    /** The check character does not match. */
    public static final String CHECKSUM = "ID_NUMBER_CHECKSUM";

    /** The earliest birth date accepted; the youngest accepted age is {@link #MINIMUM_AGE}. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** 法定最低就业年龄. */
    public static final int MINIMUM_AGE = 16;

    // GB/T 2260 province-level codes, plus 81-83 of residence permits for Hong Kong, Macao and Taiwan.
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private IdentityNumber() {
    }

    /** The canonical form: trimmed, with a lower-case {@code x} made upper-case. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The first problem of a (normalized) number, checked in the order format, region, birth date,
     * checksum; empty when the number is valid on {@code today}.
     */
    public static Optional<String> problem(String number, LocalDate today) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return Optional.of(FORMAT);
        }
        if (!PROVINCES.contains(number.substring(0, 2))) {
            return Optional.of(REGION);
        }
        Optional<LocalDate> birth = birthDate(number);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH)
                || birth.get().isAfter(today.minusYears(MINIMUM_AGE))) {
            return Optional.of(BIRTH_DATE);
        }
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            return Optional.of(CHECKSUM);
        }
        return Optional.empty();
    }

    /** The birth date the number encodes, if its digits 7-14 are a calendar date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        return ResidentIdChecksum.checkCharacter(first17);
    }

    /** A complete number from address code, birth date and sequence (for demo data and tests). */
    public static String of(String addressCode, LocalDate birth, int sequence) {
        String first17 = addressCode + String.format(Locale.ROOT, "%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }
}
