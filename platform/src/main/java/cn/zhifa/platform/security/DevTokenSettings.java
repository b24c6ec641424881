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
 * @param remote   {@code zhifa.security.dev-tokens.remote} (default false): serve development tokens to requests
 *                 from any address; by default only to the loopback address (the server's own machine)
 */
public record DevTokenSettings(boolean enabled, boolean forced, boolean embedded, Path keyDir, String issuer,
                               Duration lifetime, boolean remote) {
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
        boolean remote = config.getOptionalValue("zhifa.security.dev-tokens.remote", Boolean.class).orElse(false);
        return new DevTokenSettings(enabled, forced, embedded, keyDir, issuer, lifetime, remote);
    }

    /**
     * Whether a request from this address may have a development token: from the loopback address always, from any
     * other only where {@link #remote()}. The address is the TCP peer's, never a forwarded header's: behind a proxy
     * on the same machine every request looks local, so such a demo must not run behind a proxy.
     */
    public boolean servesTo(java.net.InetAddress peer) {
        return remote || (peer != null && peer.isLoopbackAddress());
    }

    /** How the demo's sign-in is exposed, for the start-up log. */
    public String exposure() {
        return remote
                ? "development tokens are ENABLED for requests from ANY address (zhifa.security.dev-tokens.remote=true): "
                + "anyone who can reach this server can sign in with any role, admin included"
                : "development tokens are ENABLED for requests from the loopback address only (this machine); "
                + "other addresses get 403 DEV_TOKENS_LOOPBACK_ONLY";
    }

    public Path publicKey() {
        return keyDir.resolve(PUBLIC_KEY_FILE);
    }

    public Path privateKey() {
        return keyDir.resolve(PRIVATE_KEY_FILE);
    }
}
