package cn.zhifa.planner.mapper;

/** An area or a category of a credential, by its number. */
public record CredentialScopeRow(String credentialNumber, String code) {
}
