package cn.zhifa.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An installed database upgrades in order: Flyway refuses a new migration numbered below the installed
 * version, so every migration after the first release (V30) is numbered above it, shared or not.
 */
class MigrationUpgradeTest {

    @Test
    void shouldUpgradeADatabaseOfTheFirstReleaseToTheLatestSchema() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("30").load().migrate();

        MigrateResult upgrade = Migrations.migrate(dataSource, 0);

        assertTrue(upgrade.success);
        assertTrue(upgrade.migrationsExecuted > 0, "migrations written after the first release");
        assertEquals(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .info().current().getVersion().getVersion(), upgrade.targetSchemaVersion);
    }
}
