package cn.zhifa.db;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The pool's connections as the services get them. */
@DatabaseTest
class DataSourceProducerTest {
    private final TestDatabase database = TestDatabase.current();

    @Test
    void shouldHandOutAutocommitConnectionsReadingCommittedData() throws SQLException {
        try (HikariDataSource pool = pool(); Connection connection = pool.getConnection()) {
            assertTrue(connection.getAutoCommit());
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
        }
    }

    @Test
    void shouldSendStringsInTheCollationOfTheSchema() throws SQLException {
        assumeTrue(database.isMysql(), "collations of connections are MySQL's and MariaDB's");
        try (HikariDataSource pool = pool(); Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@collation_connection, @@collation_database")) {
            row.next();
            assertEquals(row.getString(2), row.getString(1));
        }
    }

    private HikariDataSource pool() {
        DatabaseSettings settings = new DatabaseSettings(database.url(), Optional.of(database.user()),
                Optional.of(database.password()), 2, false, 0, 50);
        return (HikariDataSource) new DataSourceProducer(settings).dataSource();
    }
}
