package cn.zhifa.db;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sessions mybatis-cdi opens: one-statement sessions in autocommit (no transaction round trips), managed
 * sessions of {@code @Transactional} methods real transactions that roll back.
 */
@DatabaseTest
class SqlSessionFactoryProducerTest {
    private static HikariDataSource dataSource;
    private static SqlSessionManager sessions;

    @BeforeAll
    static void connect() throws SQLException {
        TestDatabase database = TestDatabase.current();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.url());
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        SqlSessionFactory factory = new SqlSessionFactoryProducer().sqlSessionFactory(dataSource);
        // what mybatis-cdi's registry builds around the produced factory
        sessions = SqlSessionManager.newInstance(factory);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS session_probe (id INT PRIMARY KEY)");
            statement.execute("DELETE FROM session_probe");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE session_probe");
        }
        dataSource.close();
    }

    @Test
    void shouldRunASessionOutsideATransactionInAutocommit() throws SQLException {
        try (SqlSession session = sessions.openSession()) {
            Connection connection = session.getConnection();
            assertTrue(connection.getAutoCommit());
            insert(connection, 1);
        }
        assertEquals(1, countOf(1));
    }

    @Test
    void shouldRollBackAManagedSession() throws SQLException {
        sessions.startManagedSession(ExecutorType.SIMPLE, (TransactionIsolationLevel) null);
        try {
            Connection connection = sessions.getConnection();
            assertFalse(connection.getAutoCommit());
            insert(connection, 2);
            sessions.rollback(true);
        } finally {
            sessions.close();
        }
        assertEquals(0, countOf(2));
    }

    private static void insert(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO session_probe (id) VALUES (" + id + ")");
        }
    }

    private static int countOf(int id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM session_probe WHERE id = " + id)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
