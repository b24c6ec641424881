package cn.zhifa.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseReadinessTest {

    /**
     * What the embedded H2 does once its store has closed after running out of memory: the pool still hands out
     * connections that pass {@link Connection#isValid}, and every statement fails.
     */
    @Test
    void shouldBeDownWhenConnectionsLookValidButQueriesFail() {
        Connection deadStore = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> true;
                    case "close" -> null;
                    default -> throw new SQLException("Database is already closed", "90098");
                });

        HealthCheckResponse response = new DatabaseReadiness(dataSource(deadStore)).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }

    private static DataSource dataSource(Connection connection) {
        return (DataSource) Proxy.newProxyInstance(DatabaseReadinessTest.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
