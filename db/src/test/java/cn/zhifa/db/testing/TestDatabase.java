package cn.zhifa.db.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database of this test JVM, picked by the system property {@code zhifa.test.database}:
 * <ul>
 *     <li>{@code h2} (default): an in-memory H2 in MySQL mode shared by the JVM's tests;</li>
 *     <li>{@code mysql}: a fresh database on the server named by {@code ZHIFA_TEST_MYSQL_URL}
 *     (with {@code ZHIFA_TEST_MYSQL_USER}, {@code ZHIFA_TEST_MYSQL_PASSWORD}), else Testcontainers'
 *     MySQL 8.4 where Docker runs, else unavailable (tests skipped). With
 *     {@code ZHIFA_TEST_MYSQL_REQUIRED=true}, as CI sets it, a missing server fails the run.</li>
 * </ul>
 */
public final class TestDatabase {
    public static final String H2_URL =
            "jdbc:h2:mem:zhifa-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final String MYSQL_PARAMS =
            "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&allowPublicKeyRetrieval=true&sslMode=DISABLED";

    private static TestDatabase current;

    private final String url;
    private final String user;
    private final String password;
    private final String description;
    private final Runnable cleanup;

    private TestDatabase(String url, String user, String password, String description, Runnable cleanup) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
        this.cleanup = cleanup;
    }

    public static synchronized TestDatabase current() {
        if (current == null) {
            current = choose();
            current.publish();
        }
        return current;
    }

    public boolean available() {
        return url != null;
    }

    public boolean isMysql() {
        return url != null && url.startsWith("jdbc:mysql:");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String description() {
        return description;
    }

    /** A plain JDBC connection, for tests that check writes without going through the mappers. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    synchronized void close() {
        cleanup.run();
    }

    private void publish() {
        System.setProperty("zhifa.data-dir", "target/test-data");
        System.setProperty("server.port", "0");
        // tests set up their own data; a packaged-server test asks for the demo explicitly
        System.setProperty("zhifa.demo.enabled", "false");
        if (url == null) {
            return;
        }
        System.setProperty("zhifa.db.url", url);
        System.setProperty("zhifa.db.user", user);
        System.setProperty("zhifa.db.password", password);
        if (isMysql()) {
            // Tests sign their tokens with the dev key on the real server too.
            System.setProperty("zhifa.security.dev-tokens.enabled", "true");
            System.setProperty("zhifa.security.dev-tokens.force", "true");
        }
    }

    private static TestDatabase choose() {
        String mode = System.getProperty("zhifa.test.database", "h2").toLowerCase(Locale.ROOT);
        if (!mode.equals("mysql")) {
            return new TestDatabase(H2_URL, "sa", "", "embedded H2 (MySQL mode)", () -> { });
        }
        Optional<String> serverUrl = env("ZHIFA_TEST_MYSQL_URL");
        if (serverUrl.isPresent()) {
            return freshDatabase(serverUrl.get(), env("ZHIFA_TEST_MYSQL_USER").orElse("root"),
                    env("ZHIFA_TEST_MYSQL_PASSWORD").orElse(""));
        }
        Optional<TestDatabase> container = MysqlContainerDatabase.start();
        if (container.isPresent()) {
            return container.get();
        }
        if (env("ZHIFA_TEST_MYSQL_REQUIRED").map(Boolean::parseBoolean).orElse(false)) {
            throw new IllegalStateException("ZHIFA_TEST_MYSQL_REQUIRED is set but no MySQL-compatible server is "
                    + "configured (ZHIFA_TEST_MYSQL_URL) and Docker is not running");
        }
        return new TestDatabase(null, null, null,
                "no MySQL-compatible server: set ZHIFA_TEST_MYSQL_URL (e.g. jdbc:mysql://127.0.0.1:3306/) "
                        + "or run Docker for Testcontainers", () -> { });
    }

    /** Creates {@code zhifa_test_<time>_<random>} on the server; dropped when the JVM's tests end. */
    static TestDatabase freshDatabase(String serverUrl, String user, String password) {
        String base = serverUrl.replaceFirst("^(jdbc:mysql://[^/?]+).*$", "$1/");
        String name = "zhifa_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        execute(base + MYSQL_PARAMS, user, password,
                "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        boolean keep = env("ZHIFA_TEST_KEEP_DB").map(Boolean::parseBoolean).orElse(false);
        Runnable drop = keep ? () -> { } : () -> execute(base + MYSQL_PARAMS, user, password, "DROP DATABASE " + name);
        return new TestDatabase(base + name + MYSQL_PARAMS, user, password,
                "MySQL-compatible server " + base + name, drop);
    }

    static TestDatabase of(String url, String user, String password, String description, Runnable cleanup) {
        return new TestDatabase(url, user, password, description, cleanup);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
