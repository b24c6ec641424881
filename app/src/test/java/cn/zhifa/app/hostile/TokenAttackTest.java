package cn.zhifa.app.hostile;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.security.DevKeys;
import cn.zhifa.platform.security.DevTokenSettings;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkRSA;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.WebTarget;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Forged tokens over a sample of endpoints of every module (reads and writes): expired, signed by
 * another key, tampered after signing (roles or subject changed), {@code alg: none}, another issuer,
 * rubbish and another scheme. Each must get 401 and change nothing; the genuine token, as control,
 * gets through.
 */
@HelidonTest
@DatabaseTest
class TokenAttackTest {
    @Inject
    WebTarget target;

    /** One sampled endpoint with the role that may call it and a body for writes. */
    record Sample(String role, String method, String path, String json) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("hr", "GET", "/api/v1/officers", null),
            new Sample("judicial", "GET", "/api/v1/credentials/cleanup", null),
            new Sample("hr", "POST", "/api/v1/officers", "{\"name\":\"伪造令牌\"}"),
            new Sample("trainer", "GET", "/api/v1/courses", null),
            new Sample("trainer", "POST", "/api/v1/courses", "{\"title\":\"伪造令牌\"}"),
            new Sample("hr", "GET", "/api/v1/training/compliance?year=2026", null),
            new Sample("planner", "GET", "/api/v1/plans", null),
            new Sample("planner", "POST", "/api/v1/matters", "{\"name\":\"伪造令牌\"}"),
            new Sample("admin", "GET", "/api/v1/audit/verify", null),
            new Sample("judicial", "GET", "/api/v1/audit", null));

    @Test
    void shouldRefuseEveryForgedTokenAndAcceptTheGenuineOne() throws Exception {
        ApiClient http = new ApiClient(target.getUri());
        List<String> wrong = new ArrayList<>();
        KeyPair otherKey = rsa();
        for (Sample sample : SAMPLES) {
            String genuine = Tokens.bearer(sample.role() + "-token-test", sample.role());
            Reply control = call(http, sample, genuine);
            if (control.status() == 401 || control.status() == 403) {
                wrong.add("genuine " + sample + " -> " + control);
            }
            Map<String, String> forged = new LinkedHashMap<>();
            forged.put("expired", Tokens.expiredBearer(sample.role() + "-token-test", sample.role()));
            forged.put("other key", "Bearer " + sign(claims(sample.role(), settings().issuer()), otherKey));
            forged.put("other issuer, right key", "Bearer " + sign(claims(sample.role(), "https://evil.example"), devKey()));
            forged.put("tampered roles", tamper(Tokens.token("officer-x", Instant.now().plus(Duration.ofHours(1)), "officer"),
                    "\"groups\":[\"" + sample.role() + "\"]", "\"groups\":\\[[^]]*]"));
            forged.put("tampered expiry", tamper(Tokens.token(sample.role() + "-token-test",
                    Instant.now().minus(Duration.ofMinutes(5)), sample.role()),
                    "\"exp\":" + Instant.now().plus(Duration.ofDays(1)).getEpochSecond(), "\"exp\":[0-9]+"));
            forged.put("alg none", "Bearer " + unsigned(genuine.substring("Bearer ".length()), "none", ""));
            forged.put("alg none, signature kept", "Bearer " + unsigned(genuine.substring("Bearer ".length()), "none", null));
            forged.put("alg HS256 with the public key", "Bearer " + unsigned(genuine.substring("Bearer ".length()), "HS256", null));
            forged.put("rubbish", "Bearer not.a.token");
            forged.put("empty bearer", "Bearer ");
            forged.put("basic scheme", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
            forged.put("huge", "Bearer " + "A".repeat(7000));
            Map<String, String> before = DatabaseChecksum.take();
            for (Map.Entry<String, String> attack : forged.entrySet()) {
                Reply reply = call(http, sample, attack.getValue());
                if (reply.status() != 401) {
                    wrong.add(attack.getKey() + " " + sample + " -> " + reply);
                }
            }
            List<String> changed = DatabaseChecksum.differences(before, DatabaseChecksum.take());
            if (!changed.isEmpty()) {
                wrong.add(sample + ": forged tokens changed " + changed);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldNotLetATamperedSubjectReadAnotherOfficer() {
        ApiClient http = new ApiClient(target.getUri());
        String own = Tokens.token("424242", Instant.now().plus(Duration.ofHours(1)), "officer");
        String other = tamper(own, "\"sub\":\"1\"", "\"sub\":\"424242\"");
        Reply reply = http.get("/api/v1/officers/1", other);
        assertEquals(401, reply.status(), reply.toString());
    }

    private static Reply call(ApiClient http, Sample sample, String authorization) {
        return sample.json() == null ? http.get(sample.path(), authorization)
                : http.json(sample.method(), sample.path(), sample.json(), authorization);
    }

    private static DevTokenSettings settings() {
        return DevTokenSettings.from(ConfigProvider.getConfig());
    }

    private static Jwt claims(String role, String issuer) {
        Instant now = Instant.now();
        return Jwt.builder().issuer(issuer).subject(role + "-forger").userPrincipal(role + "-forger")
                .issueTime(now).expirationTime(now.plus(Duration.ofHours(1))).algorithm(JwkRSA.ALG_RS256)
                .addUserGroup(role).build();
    }

    /** Signs with {@code key}, or with a fresh key pair when null. */
    private static String sign(Jwt jwt, KeyPair key) throws NoSuchAlgorithmException {
        KeyPair pair = key == null ? rsa() : key;
        JwkRSA jwk = JwkRSA.builder().privateKey((RSAPrivateKey) pair.getPrivate())
                .publicKey((RSAPublicKey) pair.getPublic()).algorithm(JwkRSA.ALG_RS256).build();
        return SignedJwt.sign(jwt, jwk).tokenContent();
    }

    private static KeyPair devKey() {
        return new KeyPair(DevKeys.publicKey(settings()), DevKeys.privateKey(settings()));
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** The token with its payload edited by a regular expression and the signature left as it was. */
    static String tamper(String token, String replacement, String regex) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = payload.replaceFirst(regex, replacement);
        if (edited.equals(payload)) {
            throw new AssertionError("nothing to tamper with in " + payload);
        }
        return "Bearer " + parts[0] + "." + b64(edited) + "." + parts[2];
    }

    /** The token's header with another {@code alg}; {@code signature} null keeps the old one. */
    static String unsigned(String token, String alg, String signature) {
        String[] parts = token.split("\\.");
        JsonObject header;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)))) {
            header = reader.readObject();
        }
        String forged = Json.createObjectBuilder(header).add("alg", alg).build().toString();
        return b64(forged) + "." + parts[1] + "." + (signature == null ? parts[2] : signature);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
