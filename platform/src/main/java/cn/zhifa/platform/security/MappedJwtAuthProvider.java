package cn.zhifa.platform.security;

import io.helidon.common.config.Config;
import io.helidon.microprofile.jwt.auth.JwtAuthProvider;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Grant;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Role;
import io.helidon.security.SecurityResponse;
import io.helidon.security.Subject;
import io.helidon.security.jwt.JwtHeaders;
import io.helidon.security.providers.common.TokenCredential;
import io.helidon.security.spi.AuthenticationProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Helidon's MicroProfile JWT provider ({@code mp-jwt-auth}) with two additions, registered under its name so that
 * Helidon uses it instead of its own ({@link SignInProviderRegistration}):
 * <ul>
 *   <li>the subject's roles are our roles mapped from the provider's names ({@link RoleMapping}), so that
 *       {@code @RolesAllowed} sees {@code hr} for a Keycloak group {@code zhifa-hr};</li>
 *   <li>key rotation: Helidon's provider reads {@code mp.jwt.verify.publickey.location} (a JWKS URL) once and keeps
 *       the keys for ever; this one builds a fresh provider from the same configuration (so the same checks of
 *       issuer, audience, expiry, algorithm and signature, all Helidon's) when {@link KeyRefresh} says so: a
 *       refused token naming an unknown key id, or keys older than their maximum age.</li>
 * </ul>
 */
public final class MappedJwtAuthProvider implements AuthenticationProvider {
    private static final Logger LOG = Logger.getLogger(MappedJwtAuthProvider.class.getName());

    private final Config config;
    private final RoleMapping roles;
    private final KeyRefresh refresh;
    private volatile JwtAuthProvider delegate;

    MappedJwtAuthProvider(Config config, SignInSettings settings, Clock clock) {
        this.config = config;
        this.roles = new RoleMapping(settings);
        this.refresh = new KeyRefresh(settings.keysMinRefresh(), settings.keysMaxAge(), clock);
        this.delegate = JwtAuthProvider.create(config);
    }

    @Override
    public Collection<Class<? extends Annotation>> supportedAnnotations() {
        return delegate.supportedAnnotations();
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        if (refresh.expired()) {
            refetchIf(refresh::expired, "the keys reached their maximum age");
        }
        String kid = keyId(request);
        AuthenticationResponse response = delegate.authenticate(request);
        if (response.status() != SecurityResponse.SecurityStatus.SUCCESS && refresh.worthRefetching(kid)) {
            refetchIf(() -> refresh.worthRefetching(kid), "a token names the unknown key id " + kid);
            response = delegate.authenticate(request);
        }
        if (response.status() != SecurityResponse.SecurityStatus.SUCCESS || response.user().isEmpty()) {
            return response;
        }
        refresh.verified(kid);
        return AuthenticationResponse.builder()
                .status(response.status())
                .user(mapped(response.user().get()))
                .build();
    }

    /**
     * A fresh provider whose keys are loaded now ({@code loadOnStartup}); if the provider's keys cannot be read (the
     * JWKS URL down, rubbish), the current keys stay in use until the next attempt.
     */
    private synchronized void refetchIf(java.util.function.BooleanSupplier stillDue, String reason) {
        if (!stillDue.getAsBoolean()) {
            return; // another request fetched them meanwhile
        }
        LOG.info(() -> "Fetching the token verification keys again: " + reason);
        try {
            delegate = JwtAuthProvider.builder().config(config).loadOnStartup(true).build();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not fetch the token verification keys (" + e
                    + "); the keys fetched before stay in use");
        } finally {
            refresh.fetched();
        }
    }

    /** The subject with our roles in place of the provider's names. */
    private Subject mapped(Subject subject) {
        Subject.Builder builder = Subject.builder().principal(subject.principal());
        subject.grants(Grant.class).stream().filter(g -> !Role.ROLE_TYPE.equals(g.type())).forEach(builder::addGrant);
        subject.publicCredential(TokenCredential.class).ifPresent(t -> builder.addPublicCredential(TokenCredential.class, t));
        Set<String> ours = subject.principal() instanceof JsonWebToken jwt ? roles.roles(jwt::getClaim) : Set.of();
        ours.forEach(role -> builder.addGrant(Role.create(role)));
        return builder.build();
    }

    /** The key id in the bearer token's header; null without a token, a key id or a readable header. */
    private static String keyId(ProviderRequest request) {
        List<String> values = request.env().headers().getOrDefault("Authorization", List.of());
        if (values.isEmpty()) {
            values = request.env().headers().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Authorization")).flatMap(e -> e.getValue().stream())
                    .toList();
        }
        for (String value : values) {
            if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                try {
                    return JwtHeaders.parseToken(value.substring(7).strip()).keyId().orElse(null);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
