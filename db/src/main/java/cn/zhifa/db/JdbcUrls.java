package cn.zhifa.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
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
        Optional<String> path = h2FilePath(jdbcUrl);
        if (path.isEmpty() || path.get().startsWith("~") || Path.of(path.get()).isAbsolute()) {
            return jdbcUrl;
        }
        Matcher matcher = H2_FILE.matcher(jdbcUrl);
        matcher.matches();
        return "jdbc:h2:file:" + Path.of(path.get()).toAbsolutePath().normalize() + matcher.group(2);
    }

    /**
     * The file path an embedded H2 URL names, as written ({@code data/zhifa}, {@code ~/zhifa}); empty for in-memory
     * and server ({@code tcp:}, {@code ssl:}) URLs and any other database.
     */
    static Optional<String> h2FilePath(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        Matcher matcher = H2_FILE.matcher(jdbcUrl);
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:") || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }

    /** The URL with any inline password replaced, safe for a log line. */
    public static String withoutSecrets(String jdbcUrl) {
        return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }
}
