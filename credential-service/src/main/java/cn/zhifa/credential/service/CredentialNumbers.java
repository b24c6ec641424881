package cn.zhifa.credential.service;

import cn.zhifa.credential.mapper.CredentialMapper;
import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands out credential numbers from the configured pattern. The serial of a scope is incremented in the
 * issuing transaction (the row lock serialises concurrent issues on every instance) and never goes back,
 * and a number already in use (e.g. after the pattern changed) is skipped: numbers are never reused.
 */
@ApplicationScoped
public class CredentialNumbers {
    /** Every serial of the scope is used up; arguments: the scope. */
    public static final String NUMBER_SERIES_EXHAUSTED = "NUMBER_SERIES_EXHAUSTED";

    private final CredentialMapper mapper;
    private final CredentialSettings settings;

    @Inject
    public CredentialNumbers(CredentialMapper mapper, CredentialSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /** The next free number for an issue by {@code agency} in {@code year}; call inside the issuing transaction. */
    String next(Agency agency, int year) {
        String scope = settings.numberPattern().scope(agency.code(), agency.area(), year);
        while (true) {
            long serial = nextSerial(scope);
            if (serial > settings.numberPattern().maxSerial()) {
                throw ProblemException.conflict(NUMBER_SERIES_EXHAUSTED, scope);
            }
            String number = settings.numberPattern().render(agency.code(), agency.area(), year, serial);
            if (!mapper.numberExists(number)) {
                return number;
            }
        }
    }

    private long nextSerial(String scope) {
        mapper.takeSerial(scope);
        return mapper.lastSerial(scope);
    }
}
