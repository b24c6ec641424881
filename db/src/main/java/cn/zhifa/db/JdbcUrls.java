package cn.zhifa.db;

import java.util.regex.Pattern;

/** Helpers for JDBC URLs that are logged or shown. */
public final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {
    }

    /** The URL with any inline password replaced, safe for a log line. */
    public static String withoutSecrets(String jdbcUrl) {
        return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }
}
