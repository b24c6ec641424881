package cn.zhifa.platform.contract;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which field of the officer roster a sign-in claim names ({@code zhifa.security.officer-match}); the
 * configuration spells each one as its {@link #setting()} name.
 */
public enum OfficerMatch {
    /** The claim is the officer's database id (the development tokens, and the default). */
    ID,
    /** The claim is the number of a credential (行政执法证号) the officer holds or held. */
    CREDENTIAL_NUMBER,
    /** The claim is the officer's resident identity number (居民身份证号码). */
    ID_NUMBER;

    /** The configuration's spelling: {@code id}, {@code credential-number}, {@code id-number}. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static OfficerMatch ofSetting(String value) {
        return Arrays.stream(values()).filter(m -> m.setting().equals(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("zhifa.security.officer-match=" + value
                        + " is none of " + Arrays.stream(values()).map(OfficerMatch::setting).toList()));
    }
}
