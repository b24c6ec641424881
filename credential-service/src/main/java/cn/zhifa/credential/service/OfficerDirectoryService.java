package cn.zhifa.credential.service;

import cn.zhifa.credential.mapper.CredentialMapper;
import cn.zhifa.credential.mapper.CredentialRow;
import cn.zhifa.credential.mapper.OfficerMapper;
import cn.zhifa.credential.mapper.OfficerRow;
import cn.zhifa.platform.contract.OfficerDirectory;
import cn.zhifa.platform.contract.OfficerMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The roster as sign-in asks it (platform {@code OfficerSignIn}): by id, by the number of a credential the officer
 * holds or held (numbers are never reused), or by resident identity number (upper-case X).
 */
@ApplicationScoped
public class OfficerDirectoryService implements OfficerDirectory {
    private final OfficerMapper officers;
    private final CredentialMapper credentials;

    @Inject
    public OfficerDirectoryService(OfficerMapper officers, CredentialMapper credentials) {
        this.officers = officers;
        this.credentials = credentials;
    }

    @Override
    public OptionalLong find(OfficerMatch match, String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            return OptionalLong.empty();
        }
        String v = value.strip();
        Optional<Long> id = switch (match) {
            case ID -> v.matches("[1-9][0-9]{0,18}") ? officers.find(Long.parseLong(v)).map(OfficerRow::id)
                    : Optional.empty();
            case CREDENTIAL_NUMBER -> credentials.findByNumber(v).map(CredentialRow::officerId);
            case ID_NUMBER -> officers.findByIdNumber(v.toUpperCase(Locale.ROOT)).map(OfficerRow::id);
        };
        return id.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
