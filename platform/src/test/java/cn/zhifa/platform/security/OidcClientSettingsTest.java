package cn.zhifa.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which way the pages sign in: a configured provider first, then the demo, else a pasted token. */
class OidcClientSettingsTest {
    @Test
    void aProviderWinsOverTheDemo() {
        assertEquals("oidc", new OidcClientSettings(Optional.of("https://idp.example/realms/zhifa"), "zhifa-web", "openid", true).mode());
        assertEquals("oidc", new OidcClientSettings(Optional.of("https://idp.example/realms/zhifa"), "zhifa-web", "openid", false).mode());
    }

    @Test
    void withoutAProviderTheDemoWhereDevelopmentTokensAreOnElsePasting() {
        assertEquals("demo", new OidcClientSettings(Optional.empty(), "zhifa-web", "openid", true).mode());
        assertEquals("token", new OidcClientSettings(Optional.empty(), "zhifa-web", "openid", false).mode());
    }
}
