package cn.zhifa.platform.health;

import cn.zhifa.db.Migrations;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The probe on a real pool: the connection it returns is as it was lent. */
@DatabaseTest
class DatabaseReadinessPoolTest {

    /**
     * H2 keeps a statement's query timeout for the whole session ({@code SET QUERY_TIMEOUT}): a probe that left its
     * two seconds on the pooled connection had every later query on it cancelled after two seconds (a roster count
     * under load answered 500 "Statement was canceled").
     */
    @Test
    void shouldLeaveNoQueryTimeoutOnThePooledConnection() throws SQLException {
        try (HikariDataSource migrating = pool(2)) {
            Migrations.migrate(migrating, 0);
        }
        try (HikariDataSource pool = pool(1)) {
            HealthCheckResponse response = new DatabaseReadiness(pool).call();

            assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                assertEquals(0, statement.getQueryTimeout());
            }
        }
    }

    private static HikariDataSource pool(int size) {
        TestDatabase database = TestDatabase.current();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(size);
        return pool;
    }
}
