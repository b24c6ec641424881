package cn.zhifa.platform.security;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient;
import com.sun.net.httpserver.HttpServer;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkRSA;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Key rotation at the identity provider without a restart: the server verifies tokens with the keys of a JWKS URL
 * ({@code mp.jwt.verify.publickey.location}) served by the test, which replaces key 1 by key 2 while the server runs.
 */
@ExtendWith(KeyRotationApiTest.Jwks.class)
@HelidonTest
@DatabaseTest
@AddConfig(key = "zhifa.security.keys.refresh-min-interval", value = "PT0S")
class KeyRotationApiTest {
    /** The provider's key set, served at {@code /jwks} of a JDK HTTP server, named to the server before it starts. */
    static final class Jwks implements BeforeAllCallback, AfterAllCallback {
        static final Map<String, KeyPair> KEYS = new LinkedHashMap<>();
        static final AtomicInteger FETCHES = new AtomicInteger();
        static volatile boolean down;
        private static final String PROPERTY = "mp.jwt.verify.publickey.location";
        private static HttpServer server;

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                FETCHES.incrementAndGet();
                if (down) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            System.setProperty(PROPERTY, "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
        }

        @Override
        public void afterAll(ExtensionContext context) {
            System.clearProperty(PROPERTY);
            server.stop(0);
        }

        private static synchronized String jwks() {
            JsonArrayBuilder keys = Json.createArrayBuilder();
            KEYS.forEach((kid, pair) -> {
                RSAPublicKey key = (RSAPublicKey) pair.getPublic();
                keys.add(Json.createObjectBuilder().add("kty", "RSA").add("use", "sig").add("alg", "RS256")
                        .add("kid", kid).add("n", base64(key.getModulus())).add("e", base64(key.getPublicExponent())));
            });
            return Json.createObjectBuilder().add("keys", keys).build().toString();
        }

        static synchronized void publish(Map<String, KeyPair> keys) {
            KEYS.clear();
            KEYS.putAll(keys);
        }

        private static String base64(BigInteger value) {
            byte[] bytes = value.toByteArray();
            if (bytes[0] == 0 && bytes.length > 1) {
                bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    @Inject
    WebTarget target;

    private static KeyPair newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String bearer(String kid, KeyPair pair) {
        Instant now = Instant.now();
        Jwt jwt = Jwt.builder().issuer("zhifa-dev").subject("admin-" + kid).addUserGroup("admin")
                .issueTime(now).expirationTime(now.plusSeconds(600)).algorithm(JwkRSA.ALG_RS256).keyId(kid).build();
        JwkRSA key = JwkRSA.builder().privateKey((RSAPrivateKey) pair.getPrivate())
                .publicKey((RSAPublicKey) pair.getPublic()).algorithm(JwkRSA.ALG_RS256).keyId(kid).build();
        return "Bearer " + SignedJwt.sign(jwt, key).tokenContent();
    }

    @Test
    void shouldAcceptTheProvidersNewKeyWithoutARestartAndRefuseTheRemovedOne() throws Exception {
        ApiClient api = ApiClient.of(target);
        KeyPair key1 = newKey();
        KeyPair key2 = newKey();
        Jwks.publish(Map.of("key-1", key1));
        String token1 = bearer("key-1", key1);
        String token2 = bearer("key-2", key2);

        assertEquals("admin-key-1", api.get("/api/v1/me", token1).expect(200).json().getString("subject"));
        int fetchesBefore = Jwks.FETCHES.get();
        assertTrue(fetchesBefore >= 1);

        Jwks.publish(Map.of("key-2", key2));
        assertEquals("admin-key-2", api.get("/api/v1/me", token2).expect(200).json().getString("subject"));
        assertTrue(Jwks.FETCHES.get() > fetchesBefore, "the new key was fetched from the provider");

        assertEquals(401, api.get("/api/v1/me", token1).status(), "key 1 was removed at the provider");
        api.get("/api/v1/me", token2).expect(200);
        assertEquals(401, api.get("/api/v1/me", bearer("key-2", newKey())).status(), "another key under key 2's id");
        assertEquals(401, api.get("/api/v1/me", bearer("key-3", newKey())).status(), "a key the provider never had");

        // the provider's key set out of reach: a token of an unknown key is refused, the known keys keep working
        Jwks.down = true;
        try {
            int fetches = Jwks.FETCHES.get();
            assertEquals(401, api.get("/api/v1/me", bearer("key-4", newKey())).status());
            assertTrue(Jwks.FETCHES.get() > fetches, "it tried");
            api.get("/api/v1/me", token2).expect(200);
        } finally {
            Jwks.down = false;
        }
    }
}
