package cn.zhifa.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.ibatis.io.ResolverUtil;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.mybatis.cdi.Mapper;
import org.mybatis.cdi.SessionFactoryProvider;

import javax.sql.DataSource;
import java.util.Properties;

/**
 * The MyBatis session factory mybatis-cdi takes mappers from. Every {@link Mapper} interface under
 * {@code cn.zhifa} is registered with the XML beside it; statements may carry
 * {@code databaseId="h2"} or {@code "mysql"} where the two dialects really differ.
 *
 * <p>A mapper call outside {@code @Transactional} is one statement in a session of its own, which mybatis-cdi
 * opens with {@link SqlSessionFactory#openSession()}. On MySQL those sessions run in autocommit, because a
 * transaction of one statement costs two more round trips ({@code SET autocommit=0} before it, {@code =1} after),
 * three where the public verification needs one. On the embedded H2 they are transactions: a read in autocommit
 * can meet a page whose chunk the store has just dropped ("Chunk N not found", h2database#4383), a read inside a
 * transaction holds its version of the store until it ends, and the switch costs no round trip in process.
 * {@code @Transactional} sessions are opened with their executor and isolation and stay real transactions.
 */
@ApplicationScoped
public class SqlSessionFactoryProducer {
    static final String MAPPER_ROOT_PACKAGE = "cn.zhifa";
    private static final String MYSQL = "mysql";

    @Produces
    @ApplicationScoped
    @SessionFactoryProvider
    SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("zhifa", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setCacheEnabled(false);
        // No session cache between statements: a read after SELECT ... FOR UPDATE must see what the lock
        // waited for, not the row as an earlier statement of the same transaction cached it.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        // No default statement timeout: Connector/J arms a task on one shared java.util.Timer for every statement
        // that has one (a tenth of the server's CPU on the public verification path, JFR). Lock waits are bounded
        // by the databases themselves (InnoDB's innodb_lock_wait_timeout, H2's lock timeout).
        configuration.setDatabaseId(databaseIdProvider().getDatabaseId(dataSource));
        ResolverUtil<Object> mappers = new ResolverUtil<>();
        mappers.findAnnotated(Mapper.class, MAPPER_ROOT_PACKAGE);
        mappers.getClasses().stream()
                .filter(Class::isInterface)
                .filter(type -> !configuration.hasMapper(type))
                .forEach(configuration::addMapper);
        return new SingleStatementSessions(configuration, MYSQL.equals(configuration.getDatabaseId()));
    }

    /** Sessions opened without arguments (mybatis-cdi's one-statement sessions): autocommit or a transaction. */
    static final class SingleStatementSessions extends DefaultSqlSessionFactory {
        private final boolean autocommit;

        SingleStatementSessions(Configuration configuration, boolean autocommit) {
            super(configuration);
            this.autocommit = autocommit;
        }

        @Override
        public SqlSession openSession() {
            return openSession(autocommit);
        }
    }

    private static VendorDatabaseIdProvider databaseIdProvider() {
        Properties names = new Properties();
        names.setProperty("H2", "h2");
        names.setProperty("MySQL", MYSQL);
        names.setProperty("MariaDB", MYSQL);
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(names);
        return provider;
    }
}
