package cn.zhifa.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.logging.Logger;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

/**
 * Runs first when the application starts, before the server takes requests: refuses development tokens on a real database unless forced,
 * refuses a production start that still points token verification at the development key, and
 * creates the development key pair before the JWT provider reads it.
 */
public class SecurityStartupGuard implements Extension {
    private static final Logger LOG = Logger.getLogger(SecurityStartupGuard.class.getName());

    void check(@Observes @Priority(PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        Config config = ConfigProvider.getConfig();
        DevTokenSettings settings = DevTokenSettings.from(config);
        if (settings.enabled()) {
            if (!settings.embedded() && !settings.forced()) {
                throw new DeploymentException("Development tokens are enabled on a non-embedded database. "
                        + "Set zhifa.security.dev-tokens.enabled=false and configure your identity provider "
                        + "(mp.jwt.verify.issuer, mp.jwt.verify.publickey.location), or set "
                        + "zhifa.security.dev-tokens.force=true for a test installation.");
            }
            DevKeys.ensure(settings);
            LOG.warning(() -> "Demo sign-in: " + settings.exposure() + " (POST /auth/dev-token); key pair in "
                    + settings.keyDir().toAbsolutePath());
            return;
        }
        boolean inlineKey = config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        String location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse("");
        if (!settings.embedded() && !inlineKey
                && Path.of(location).normalize().equals(settings.publicKey().normalize())) {
            throw new DeploymentException("Token verification still uses the development key " + location
                    + ": set mp.jwt.verify.publickey.location to your identity provider's key or JWKS URL.");
        }
    }
}
