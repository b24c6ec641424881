package cn.zhifa.app.instances;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own on a MariaDB/MySQL server, created empty and dropped on close, for the servers one test
 * (or one load run) starts: no other test's rows, ids or job runs can make its assertions pass or fail.
 */
public final class FreshDatabase implements AutoCloseable {
    private static final String PARAMS = "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&allowPublicKeyRetrieval=true&sslMode=DISABLED";

    private final String base;
    private final String name;
    private final String user;
    private final String password;

    private FreshDatabase(String base, String name, String user, String password) {
        this.base = base;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Creates {@code zhifa_<purpose>_<random>} on the server of {@code serverUrl} (any JDBC URL of that server). */
    public static FreshDatabase create(String serverUrl, String user, String password, String purpose) throws SQLException {
        String base = serverUrl.replaceFirst("^(jdbc:mysql://[^/?]+).*$", "$1/");
        String name = "zhifa_" + purpose + "_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        FreshDatabase database = new FreshDatabase(base, name, user, password);
        database.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    /** The database's (schema's) name on its server. */
    public String name() {
        return name;
    }

    public String url() {
        return base + name + PARAMS;
    }

    /** Whether the database server listens on a loopback address: its process then shares this machine's CPU. */
    public boolean onThisMachine() {
        String host = URI.create(base.substring("jdbc:".length())).getHost();
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A plain JDBC connection (batches rewritten into multi-row inserts, for bulk data). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url() + "&rewriteBatchedStatements=true", user, password);
    }

    /** The one number a query answers (a count, a sum), with its parameters bound in order. */
    public long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The server's properties for this database, with development tokens forced (test installations only). */
    public List<String> serverProperties() {
        return new ArrayList<>(List.of("-Dzhifa.db.url=" + url(), "-Dzhifa.db.user=" + user,
                "-Dzhifa.db.password=" + password, "-Dzhifa.security.dev-tokens.enabled=true",
                "-Dzhifa.security.dev-tokens.force=true"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(base + PARAMS, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        if (!Boolean.parseBoolean(System.getenv("ZHIFA_TEST_KEEP_DB"))) {
            execute("DROP DATABASE " + name);
        }
    }
}
