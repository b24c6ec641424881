package cn.zhifa.db;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
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

/**
 * The sessions mybatis-cdi opens: one-statement sessions in autocommit on MySQL (no transaction round trips) and
 * as transactions on H2 (h2database#4383), committed either way; managed sessions of {@code @Transactional}
 * methods real transactions that roll back.
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
        factory.getConfiguration().addMapper(ProbeMapper.class);
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

    /** A statement mybatis-cdi runs outside {@code @Transactional}. */
    interface ProbeMapper {
        @Insert("INSERT INTO session_probe (id) VALUES (#{id})")
        void insert(@Param("id") int id);
    }

    @Test
    void shouldRunASessionOutsideATransactionInAutocommitOnMysqlOnly() throws SQLException {
        try (SqlSession session = sessions.openSession()) {
            assertEquals(TestDatabase.current().isMysql(), session.getConnection().getAutoCommit());
        }
    }

    @Test
    void shouldCommitAStatementOutsideATransaction() throws SQLException {
        sessions.getMapper(ProbeMapper.class).insert(1);
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
