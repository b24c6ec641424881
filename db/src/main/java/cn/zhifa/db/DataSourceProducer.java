package cn.zhifa.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.annotation.Priority;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Produces the one connection pool of the process. The schema is migrated before the pool is handed
 * to anyone, so no mapper ever sees an old schema.
 */
@ApplicationScoped
public class DataSourceProducer {
    private static final Logger LOG = Logger.getLogger(DataSourceProducer.class.getName());

    private final DatabaseSettings settings;

    @Inject
    public DataSourceProducer(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("zhifa");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setAutoCommit(true);
        // READ COMMITTED everywhere (H2's default; MySQL's is REPEATABLE READ): the services lock a row and
        // then read, and under REPEATABLE READ that read would see the snapshot of the transaction's first
        // read, from before the lock was granted.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Fail fast while the database is down; readiness reports it and requests answer 503.
        config.setConnectionTimeout(3_000);
        if (settings.kind() == DatabaseKind.MYSQL) {
            // Connector/J keeps each connection's parsed statements (it parses the SQL at every prepare otherwise)
            // and answers autocommit/isolation queries from the state it tracks, not with a round trip.
            config.addDataSourceProperty("cachePrepStmts", "true");
            config.addDataSourceProperty("prepStmtCacheSize", "250");
            config.addDataSourceProperty("prepStmtCacheSqlLimit", "4096");
            config.addDataSourceProperty("useLocalSessionState", "true");
            config.addDataSourceProperty("cacheServerConfiguration", "true");
            // Strings sent in the schema's collation, not the server's default (utf8mb4_general_ci on MariaDB,
            // utf8mb4_0900_ai_ci on MySQL 8): with a literal in another collation the optimiser no longer treats
            // "agency_code IN ('…')" as a constant for ORDER BY agency_code, name and sorts the whole agency (a
            // roster page: 75 ms instead of 7).
            config.setConnectionInitSql("SET collation_connection = @@collation_database");
        }
        config.setInitializationFailTimeout(-1);
        LOG.info(() -> "Database: " + settings.kind() + " at " + JdbcUrls.withoutSecrets(settings.url()));
        try (EmbeddedFileStore.Hold embeddedHold = EmbeddedFileStore.openCompactingIfSparse(settings.url(), settings.user(),
                settings.password(), settings.compactBelowLivePercent())) {
            HikariDataSource dataSource = new HikariDataSource(config);
            if (settings.migrateOnStart()) {
                Migrations.migrate(dataSource, settings.startupWaitSeconds());
            }
            return dataSource;
        }
    }

    void close(@Disposes DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }

    /** Opens the pool (and migrates) at start-up, so a bad URL or a failed migration stops the start. */
    void eagerStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object started,
                    DataSource dataSource) throws SQLException {
        dataSource.isWrapperFor(HikariDataSource.class);
    }
}
