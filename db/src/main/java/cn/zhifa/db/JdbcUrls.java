package cn.zhifa.db;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for JDBC URLs that are logged or shown. */
public final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^:;][^;]*)(.*)$");

    private JdbcUrls() {
    }

    /**
     * An embedded H2 URL whose file path is relative ({@code data/zhifa}), made absolute against the
     * working directory: H2 refuses implicitly relative paths, and {@code zhifa.data-dir} may be one.
     */
    public static String withAbsoluteH2File(String jdbcUrl) {
        Matcher matcher = H2_FILE.matcher(jdbcUrl);
        if (!jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:h2:mem:") || !matcher.matches()) {
            return jdbcUrl;
        }
        String path = matcher.group(1);
        if (path.startsWith("~") || Path.of(path).isAbsolute()) {
            return jdbcUrl;
        }
        return "jdbc:h2:file:" + Path.of(path).toAbsolutePath().normalize() + matcher.group(2);
    }

    /** The URL with any inline password replaced, safe for a log line. */
    public static String withoutSecrets(String jdbcUrl) {
        return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }
}
