package cn.zhifa.training.mapper;

/**
 * A credential and its holder, as credential-service publishes them in {@code cred_v_officer_credential}.
 *
 * @param credentialNumber 执法证号, of a credential in any status
 * @param officerId        the holder
 */
public record CredentialHolder(String credentialNumber, long officerId) {
}
