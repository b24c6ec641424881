package cn.zhifa.training.domain.importing;

/**
 * How a sign-in sheet or a trainer names the officer: by credential-service's internal id, by resident identity
 * number (居民身份证号码) or by credential number (执法证号); {@link OfficerRefs#read} reads what was typed.
 */
public sealed interface OfficerRef {
    String OFFICER_ID = "officerId";
    String ID_NUMBER = "idNumber";
    String CREDENTIAL_NUMBER = "credentialNumber";

    /** The field (column) that named the officer, for an error about it. */
    String field();

    /** @param id the officer id of credential-service */
    record ById(long id) implements OfficerRef {
        @Override
        public String field() {
            return OFFICER_ID;
        }
    }

    /** @param idNumber 18 characters with a valid check character, upper-case X */
    record ByIdNumber(String idNumber) implements OfficerRef {
        @Override
        public String field() {
            return ID_NUMBER;
        }
    }

    /** @param credentialNumber the number on the credential, as the register writes it */
    record ByCredentialNumber(String credentialNumber) implements OfficerRef {
        @Override
        public String field() {
            return CREDENTIAL_NUMBER;
        }
    }
}
