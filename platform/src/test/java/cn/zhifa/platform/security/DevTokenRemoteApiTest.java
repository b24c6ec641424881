package cn.zhifa.platform.security;

import cn.zhifa.db.testing.DatabaseTest;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code zhifa.security.dev-tokens.remote=true}: a demo served to other machines on purpose. */
@HelidonTest
@DatabaseTest
@AddConfig(key = "zhifa.security.dev-tokens.remote", value = "true")
class DevTokenRemoteApiTest {
    @Inject
    WebTarget target;

    @Test
    void shouldServeDevelopmentTokensToAnotherAddressWhenTheSettingAllowsIt() throws Exception {
        String token = DevTokenLoopbackApiTest.askForAToken(DevTokenLoopbackApiTest.throughTheNetwork(target), Map.of())
                .expect(200).json().getString("token");
        assertFalse(token.isBlank());
    }
}
