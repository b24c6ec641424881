package cn.zhifa.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DOWN while the database does not answer a query on a table within two seconds, so a load balancer stops
 * sending traffic. A query, not only {@link Connection#isValid}: an embedded database whose store has closed
 * (after running out of memory) still hands out connections that pass that check and fail every statement.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 2;
    /** A table every installation has (one row: the audit chain's head), read from the store itself. */
    static final String PROBE = "SELECT COUNT(*) FROM shr_audit_head";

    private final DataSource dataSource;

    @Inject
    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet result = statement.executeQuery(PROBE)) {
                return HealthCheckResponse.named("database").status(result.next()).build();
            } finally {
                // H2 keeps a statement's timeout for its session: the pooled connection would cancel every later
                // query on it that runs over two seconds
                statement.setQueryTimeout(0);
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
