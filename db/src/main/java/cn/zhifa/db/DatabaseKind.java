package cn.zhifa.db;

import java.util.Locale;

/** The two kinds of database the service runs on: the embedded default and a MySQL-compatible server. */
public enum DatabaseKind {
    /** H2 in MySQL mode, a file under the data directory (or in memory for tests). */
    EMBEDDED_H2,
    /** MySQL 8 in production; MariaDB 10.6+ works as well. */
    MYSQL;

    /** The kind a JDBC URL names; anything else is refused rather than guessed. */
    public static DatabaseKind of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return EMBEDDED_H2;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("Unsupported JDBC URL (expected jdbc:h2: or jdbc:mysql:): "
                + JdbcUrls.withoutSecrets(jdbcUrl));
    }
}
