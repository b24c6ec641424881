package cn.zhifa.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The schema migrations in {@code db/migration}. The first release laid them out by owner: V1-V2 shared
 * tables, V10 credential-service, V20 training-service, V30 inspection-planner. Installed databases are at
 * V30 or later and Flyway applies only higher versions, so every later migration takes the next number
 * whatever its owner (V31 shared job queue, V32 planner draw jobs, …); its name says the owner.
 */
public final class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private static final int MAX_RETRY_INTERVAL_SECONDS = 5;

    private Migrations() {
    }

    /** Flyway waits 1, 2, 4, … seconds between retries, at most the interval: the retries that fit the wait. */
    static int retriesWithin(int seconds) {
        int retries = 0;
        for (int waited = 0, pause = 1; waited + pause <= seconds; retries++) {
            waited += pause;
            pause = Math.min(pause * 2, MAX_RETRY_INTERVAL_SECONDS);
        }
        return retries;
    }

    /** Migrates, retrying the first connection for up to {@code startupWaitSeconds} (Flyway's back-off). */
    public static MigrateResult migrate(DataSource dataSource, int startupWaitSeconds) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .connectRetries(retriesWithin(startupWaitSeconds))
                .connectRetriesInterval(MAX_RETRY_INTERVAL_SECONDS)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // Flyway leaves the target version empty when there was nothing to apply
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
        return result;
    }
}
