package cn.zhifa.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where the database is and how to reach it: {@code zhifa.db.*} in MicroProfile Config (environment
 * variables {@code ZHIFA_DB_URL}, {@code ZHIFA_DB_USER}, {@code ZHIFA_DB_PASSWORD} override).
 */
@ApplicationScoped
public class DatabaseSettings {
    private final String url;
    private final String user;
    private final String password;
    private final int maxPoolSize;
    private final boolean migrateOnStart;
    private final int startupWaitSeconds;
    private final int compactBelowLivePercent;

    @Inject
    public DatabaseSettings(@ConfigProperty(name = "zhifa.db.url") String url,
                            @ConfigProperty(name = "zhifa.db.user") Optional<String> user,
                            @ConfigProperty(name = "zhifa.db.password") Optional<String> password,
                            @ConfigProperty(name = "zhifa.db.max-pool-size", defaultValue = "16") int maxPoolSize,
                            @ConfigProperty(name = "zhifa.db.migrate-on-start", defaultValue = "true")
                            boolean migrateOnStart,
                            @ConfigProperty(name = "zhifa.db.startup-wait-seconds", defaultValue = "60")
                            int startupWaitSeconds,
                            @ConfigProperty(name = "zhifa.db.embedded.compact-below-live-percent", defaultValue = "50")
                            int compactBelowLivePercent) {
        this.url = EmbeddedFileStore.withoutBackgroundCompaction(JdbcUrls.withAbsoluteH2File(url));
        this.user = user.orElse("");
        this.password = password.orElse("");
        this.maxPoolSize = maxPoolSize;
        this.migrateOnStart = migrateOnStart;
        this.startupWaitSeconds = startupWaitSeconds;
        this.compactBelowLivePercent = compactBelowLivePercent;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int maxPoolSize() {
        return maxPoolSize;
    }

    public boolean migrateOnStart() {
        return migrateOnStart;
    }

    /**
     * How long start-up waits for the database to accept connections (a database that starts after the
     * server, or an embedded file slow to open on a loaded machine); requests still fail fast later.
     */
    public int startupWaitSeconds() {
        return startupWaitSeconds;
    }

    /**
     * The embedded file is compacted at start-up when less than this share (percent) of it holds live data
     * ({@link EmbeddedFileStore}); 0 never compacts.
     */
    public int compactBelowLivePercent() {
        return compactBelowLivePercent;
    }

    public DatabaseKind kind() {
        return DatabaseKind.of(url);
    }

    public boolean embedded() {
        return kind() == DatabaseKind.EMBEDDED_H2;
    }
}
