package cn.zhifa.credential.mapper;

/** One category or area code of a credential. */
public record ScopeRow(long credentialId, String code) {
}
