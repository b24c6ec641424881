package cn.zhifa.platform.testing;

import cn.zhifa.platform.security.AgencySettings;
import cn.zhifa.platform.security.DevKeys;
import cn.zhifa.platform.security.DevTokenSettings;
import cn.zhifa.platform.security.Roles;
import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkRSA;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;

/**
 * Bearer tokens for tests, signed with the running server's development key (created at its start in
 * the test data directory). Call after the server started, e.g. from a test method.
 */
public final class Tokens {
    private Tokens() {
    }

    /** {@code "Bearer <jwt>"} for a member of {@code role} (subject {@code <role>-test}). */
    public static String as(String role) {
        return bearer(role + "-test", role);
    }

    /** {@code "Bearer <jwt>"} for a member of {@code role} acting for {@code agency} (subject {@code <role>-<agency>}). */
    public static String as(String role, String agency) {
        return "Bearer " + token(role + "-" + agency, agency, Instant.now().plus(Duration.ofHours(1)), role);
    }

    /**
     * {@code "Bearer <jwt>"} for a member of {@code role} acting for {@code agency} under a subject of its own (so that
     * its audit events and idempotency keys can be told apart).
     */
    public static String actingFor(String role, String agency, String subject) {
        return "Bearer " + token(subject, agency, Instant.now().plus(Duration.ofHours(1)), role);
    }

    /** {@code "Bearer <jwt>"} for the officer with this id, as an officer signs in. */
    public static String officer(long officerId) {
        return bearer(String.valueOf(officerId), Roles.OFFICER);
    }

    /** {@code "Bearer <jwt>"} for the subject and roles. */
    public static String bearer(String subject, String... roles) {
        return "Bearer " + token(subject, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    /** A token that expired a minute ago. */
    public static String expiredBearer(String subject, String... roles) {
        return "Bearer " + token(subject, Instant.now().minus(Duration.ofMinutes(1)), roles);
    }

    /**
     * {@code "Bearer <jwt>"} for the subject with exactly these claims besides the registered ones (no {@code groups}
     * unless given): a token as an identity provider writes it, e.g. Keycloak's {@code realm_access.roles}. Values are
     * texts, numbers or {@link jakarta.json.JsonValue}s.
     */
    public static String withClaims(String subject, java.util.Map<String, Object> claims) {
        DevTokenSettings settings = DevTokenSettings.from(ConfigProvider.getConfig());
        Instant now = Instant.now();
        Jwt.Builder jwt = Jwt.builder()
                .issuer(settings.issuer())
                .subject(subject)
                .issueTime(now)
                .expirationTime(now.plus(Duration.ofHours(1)))
                .algorithm(JwkRSA.ALG_RS256);
        claims.forEach(jwt::addPayloadClaim);
        return "Bearer " + SignedJwt.sign(jwt.build(), devKey(settings)).tokenContent();
    }

    private static JwkRSA devKey(DevTokenSettings settings) {
        return JwkRSA.builder()
                .privateKey(DevKeys.privateKey(settings))
                .publicKey(DevKeys.publicKey(settings))
                .algorithm(JwkRSA.ALG_RS256)
                .build();
    }

    public static String token(String subject, Instant expiresAt, String... roles) {
        return token(subject, null, expiresAt, roles);
    }

    /** A token acting for {@code agency} (put in the configured agency claim; none when null). */
    public static String token(String subject, String agency, Instant expiresAt, String... roles) {
        DevTokenSettings settings = DevTokenSettings.from(ConfigProvider.getConfig());
        Jwt.Builder jwt = Jwt.builder()
                .issuer(settings.issuer())
                .subject(subject)
                .userPrincipal(subject)
                .issueTime(expiresAt.minus(Duration.ofHours(2)))
                .expirationTime(expiresAt)
                .algorithm(JwkRSA.ALG_RS256);
        for (String role : roles) {
            jwt.addUserGroup(role);
        }
        if (agency != null) {
            jwt.addPayloadClaim(AgencySettings.from(ConfigProvider.getConfig()).claim(), agency);
        }
        return SignedJwt.sign(jwt.build(), devKey(settings)).tokenContent();
    }
}
