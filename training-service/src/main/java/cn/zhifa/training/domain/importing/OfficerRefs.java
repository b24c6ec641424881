package cn.zhifa.training.domain.importing;

import cn.zhifa.platform.identity.ResidentIdChecksum;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads how an attendance names its officer, the same for a file's row and a trainer's entry: exactly one of
 * officer id, identity number and credential number. What people type is read as they mean it: full-width
 * digits and letters (a Chinese input method) made plain, spaces dropped, a lower-case x made upper-case. An
 * identity number must be 18 characters with its GB 11643 check character ({@link ResidentIdChecksum}), so that a
 * mistyped digit is named as such instead of as an unknown officer.
 */
public final class OfficerRefs {
    /** The longest credential number the register holds. */
    static final int CREDENTIAL_NUMBER_MAX = 40;
    /** Letters, digits and hyphens: what every credential number scheme writes. */
    private static final Pattern CREDENTIAL_NUMBER_FORMAT = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /**
     * The officer named, or the field and code of what is wrong.
     *
     * @param officer the officer named; null when the reading failed
     * @param field   the field at fault (null when read)
     * @param error   the {@link RowError} code (null when read)
     */
    public record Read(OfficerRef officer, String field, String error) {
    }

    private OfficerRefs() {
    }

    /**
     * Reads the three fields; {@code null} or blank counts as not given. Exactly one must be given: none is
     * {@link RowError#REQUIRED} on the officer id, two are {@link RowError#OFFICER_GIVEN_TWICE} on the second.
     *
     * @param prefix put before each field name in a problem's field ("" for a file's columns, {@code [3].} for
     *               the fourth entry of a request)
     */
    public static Read read(String officerId, String idNumber, String credentialNumber, String prefix) {
        String id = plain(officerId);
        String identity = plain(idNumber).toUpperCase(Locale.ROOT);
        String credential = plain(credentialNumber);
        List<String> given = new ArrayList<>(3);
        if (!id.isEmpty()) {
            given.add(OfficerRef.OFFICER_ID);
        }
        if (!identity.isEmpty()) {
            given.add(OfficerRef.ID_NUMBER);
        }
        if (!credential.isEmpty()) {
            given.add(OfficerRef.CREDENTIAL_NUMBER);
        }
        if (given.isEmpty()) {
            return failed(prefix + OfficerRef.OFFICER_ID, RowError.REQUIRED);
        }
        if (given.size() > 1) {
            return failed(prefix + given.get(1), RowError.OFFICER_GIVEN_TWICE);
        }
        return switch (given.getFirst()) {
            case OfficerRef.ID_NUMBER -> ResidentIdChecksum.isValid(identity)
                    ? read(new OfficerRef.ByIdNumber(identity))
                    : failed(prefix + OfficerRef.ID_NUMBER, RowError.ID_NUMBER_INVALID);
            case OfficerRef.CREDENTIAL_NUMBER -> credential.length() <= CREDENTIAL_NUMBER_MAX
                    && CREDENTIAL_NUMBER_FORMAT.matcher(credential).matches()
                    ? read(new OfficerRef.ByCredentialNumber(credential))
                    : failed(prefix + OfficerRef.CREDENTIAL_NUMBER, RowError.CREDENTIAL_NUMBER_INVALID);
            default -> officerId(id, prefix);
        };
    }

    private static Read officerId(String id, String prefix) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return read(new OfficerRef.ById(value));
            }
        } catch (NumberFormatException e) {
            // refused below, like a number that is not positive
        }
        return failed(prefix + OfficerRef.OFFICER_ID, RowError.OFFICER_ID_INVALID);
    }

    private static Read read(OfficerRef officer) {
        return new Read(officer, null, null);
    }

    private static Read failed(String field, String code) {
        return new Read(null, field, code);
    }

    private static String plain(String typed) {
        return typed == null ? "" : SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
    }
}
