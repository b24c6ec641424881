package cn.zhifa.platform.security;

import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkRSA;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Signs development tokens with the data directory's key pair (see {@link DevTokenSettings}). */
@ApplicationScoped
public class DevTokenIssuer {
    private final DevTokenSettings settings;
    private final String agencyClaim;
    /** Real time, not the business clock: the JWT validator checks a token's times against the real clock. */
    private final Clock clock = Clock.systemUTC();
    private volatile JwkRSA signingKey;

    @Inject
    public DevTokenIssuer(Config config) {
        this.settings = DevTokenSettings.from(config);
        this.agencyClaim = AgencySettings.from(config).claim();
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** A signed token and the instant it expires. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    /** A token for the subject and roles, acting for {@code agency} (an agency code, or null for none). */
    public IssuedToken issue(String subject, List<String> groups, String agency) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.lifetime());
        Jwt.Builder jwt = Jwt.builder()
                .jwtId(UUID.randomUUID().toString())
                .issuer(settings.issuer())
                .subject(subject)
                .userPrincipal(subject)
                .issueTime(now)
                .notBefore(now)
                .expirationTime(expiresAt)
                .algorithm(JwkRSA.ALG_RS256);
        groups.forEach(jwt::addUserGroup);
        if (agency != null) {
            jwt.addPayloadClaim(agencyClaim, agency);
        }
        return new IssuedToken(SignedJwt.sign(jwt.build(), key()).tokenContent(), expiresAt);
    }

    private JwkRSA key() {
        if (signingKey == null) {
            signingKey = JwkRSA.builder()
                    .privateKey(DevKeys.privateKey(settings))
                    .publicKey(DevKeys.publicKey(settings))
                    .algorithm(JwkRSA.ALG_RS256)
                    .build();
        }
        return signingKey;
    }
}
