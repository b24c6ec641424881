package cn.zhifa.platform.security;

import io.helidon.config.Config;
import io.helidon.microprofile.security.SecurityCdiExtension;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

/**
 * Puts {@link MappedJwtAuthProvider} into Helidon security under the name {@code mp-jwt-auth}, after
 * {@link SecurityStartupGuard} (which creates the development key) and before Helidon's JWT extension (priority 5),
 * which then finds the name taken and adds none of its own.
 */
public class SignInProviderRegistration implements Extension {
    static final String PROVIDER_NAME = "mp-jwt-auth";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(SignInProviderRegistration.class.getName());
    private Config config;

    void configured(@Observes Config config) {
        this.config = config;
    }

    void register(@Observes @Priority(PLATFORM_BEFORE + 4) @Initialized(ApplicationScoped.class) Object started,
                  BeanManager beans) {
        SecurityCdiExtension security = beans.getExtension(SecurityCdiExtension.class);
        if (config == null || security.securityBuilder().hasProvider(PROVIDER_NAME)) {
            return;
        }
        SignInSettings settings = SignInSettings.from(ConfigProvider.getConfig());
        LOG.info(() -> "Sign-in: roles from the claim " + settings.rolesClaim() + " mapped by "
                + (settings.roleMap().isEmpty() ? "name (our role names only)" : new java.util.TreeMap<>(settings.roleMap()))
                + "; officers by the claim " + settings.officerClaim() + " matched as " + settings.officerMatch().setting());
        security.securityBuilder().addProvider(
                new MappedJwtAuthProvider(config, settings, Clock.systemUTC()), PROVIDER_NAME);
    }
}
