package cn.zhifa.platform.security;

import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * How the web pages sign people in (the OpenID Connect client they are), read from configuration here and nowhere else.
 *
 * @param authority {@code zhifa.security.oidc.authority}: the OpenID Connect provider's issuer URL (for Keycloak
 *                  {@code https://idp.example.gov.cn/realms/zhifa}); empty: no provider, the pages offer the demo
 *                  users where development tokens are on
 * @param clientId  {@code zhifa.security.oidc.client-id} (default {@code zhifa-web}): the public client the pages
 *                  sign in as (authorization code flow with PKCE)
 * @param scope     {@code zhifa.security.oidc.scope} (default {@code openid}): the scopes the pages ask for
 * @param devTokens whether {@code POST /auth/dev-token} is served ({@link DevTokenSettings#enabled()})
 */
public record OidcClientSettings(Optional<String> authority, String clientId, String scope, boolean devTokens) {
    public static final String DEFAULT_CLIENT_ID = "zhifa-web";
    public static final String DEFAULT_SCOPE = "openid";

    public static OidcClientSettings from(Config config) {
        Optional<String> authority = config.getOptionalValue("zhifa.security.oidc.authority", String.class)
                .map(String::strip).filter(a -> !a.isEmpty()).map(a -> a.replaceAll("/+$", ""));
        String clientId = config.getOptionalValue("zhifa.security.oidc.client-id", String.class)
                .map(String::strip).filter(c -> !c.isEmpty()).orElse(DEFAULT_CLIENT_ID);
        String scope = config.getOptionalValue("zhifa.security.oidc.scope", String.class)
                .map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_SCOPE);
        return new OidcClientSettings(authority, clientId, scope, DevTokenSettings.from(config).enabled());
    }

    /** {@code oidc} where a provider is configured, else {@code demo} where development tokens are on, else {@code token}. */
    public String mode() {
        if (authority.isPresent()) {
            return "oidc";
        }
        return devTokens ? "demo" : "token";
    }
}
