package cn.zhifa.platform.security;

import cn.zhifa.db.DatabaseKind;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the development token issuer ({@code POST /auth/dev-token}). It is on by default only on
 * the embedded database; on a real server it must be forced explicitly, or the start is refused.
 *
 * @param enabled  {@code zhifa.security.dev-tokens.enabled} (default: true on the embedded database)
 * @param forced   {@code zhifa.security.dev-tokens.force}: allow dev tokens on a non-embedded database
 * @param embedded whether {@code zhifa.db.url} names the embedded database
 * @param keyDir   {@code ${zhifa.data-dir}/keys}: where the key pair is generated once and kept
 * @param issuer   {@code mp.jwt.verify.issuer}: the issuer the server verifies, and so signs with
 * @param lifetime {@code zhifa.security.dev-tokens.lifetime} (default PT8H)
 */
public record DevTokenSettings(boolean enabled, boolean forced, boolean embedded, Path keyDir, String issuer,
                               Duration lifetime) {
    public static final String PUBLIC_KEY_FILE = "dev-jwt-public.pem";
    public static final String PRIVATE_KEY_FILE = "dev-jwt-private.pem";

    public static DevTokenSettings from(Config config) {
        boolean embedded = DatabaseKind.of(config.getValue("zhifa.db.url", String.class)) == DatabaseKind.EMBEDDED_H2;
        boolean enabled = config.getOptionalValue("zhifa.security.dev-tokens.enabled", Boolean.class).orElse(embedded);
        boolean forced = config.getOptionalValue("zhifa.security.dev-tokens.force", Boolean.class).orElse(false);
        Path keyDir = Path.of(config.getOptionalValue("zhifa.data-dir", String.class).orElse("data"), "keys");
        String issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("zhifa-dev");
        Duration lifetime = config.getOptionalValue("zhifa.security.dev-tokens.lifetime", Duration.class)
                .orElse(Duration.ofHours(8));
        return new DevTokenSettings(enabled, forced, embedded, keyDir, issuer, lifetime);
    }

    public Path publicKey() {
        return keyDir.resolve(PUBLIC_KEY_FILE);
    }

    public Path privateKey() {
        return keyDir.resolve(PRIVATE_KEY_FILE);
    }
}
