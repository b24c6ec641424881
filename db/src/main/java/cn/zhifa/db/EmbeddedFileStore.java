package cn.zhifa.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded H2 file, kept clear of h2database#4383: while H2's background compaction rewrites and moves
 * chunks, concurrent reads can lose one ("Chunk N not found", 500 to the client) until the file is reopened.
 * Background compaction is therefore off ({@code AUTO_COMPACT_FILL_RATE=0}), and the file is compacted at
 * start-up, before anything reads it, once the share of it that holds live data has fallen below a configured
 * percentage. Fully dead
 * chunks are still freed and their space reused while the server runs; only partly used ones stay until the
 * next start.
 */
public final class EmbeddedFileStore {
    private static final Logger LOG = Logger.getLogger(EmbeddedFileStore.class.getName());

    static final String COMPACTION_SETTING = "AUTO_COMPACT_FILL_RATE";

    private EmbeddedFileStore() {
    }

    /**
     * An H2 file URL with background compaction off, unless the URL chooses a compaction fill rate itself;
     * any other URL unchanged.
     */
    public static String withoutBackgroundCompaction(String jdbcUrl) {
        if (dataFile(jdbcUrl).isEmpty()
                || jdbcUrl.toUpperCase(Locale.ROOT).contains(";" + COMPACTION_SETTING + "=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";" + COMPACTION_SETTING + "=0";
    }

    /** The {@code .mv.db} file an embedded H2 URL names; empty for in-memory and non-H2 URLs. */
    static Optional<Path> dataFile(String jdbcUrl) {
        return JdbcUrls.h2FilePath(jdbcUrl).map(path -> path.startsWith("~")
                ? System.getProperty("user.home") + path.substring(1) : path).map(path -> Path.of(path + ".mv.db"));
    }

    /**
     * Opens the embedded database before the pool does and, when less than {@code belowLiveShare} percent of
     * the file holds live data, compacts it fully ({@code SHUTDOWN COMPACT}) while nothing else reads.
     * The returned hold keeps the database open until the pool has its own connections (closing the last
     * connection would close and reopen the store); close it then. A failure here is logged, not thrown:
     * the pool's own connection reports what is wrong with the database.
     */
    public static Hold openCompactingIfSparse(String jdbcUrl, String user, String password, int belowLiveShare) {
        Optional<Path> file = dataFile(jdbcUrl);
        if (file.isEmpty() || !Files.exists(file.get())) {
            return () -> { };
        }
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
            int liveShare = liveShare(connection);
            if (liveShare >= belowLiveShare) {
                return holding(connection);
            }
            long sizeBefore = Files.size(file.get());
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } finally {
                connection.close();
            }
            long sizeAfter = Files.size(file.get());
            LOG.info(() -> String.format(Locale.ROOT,
                    "Embedded database compacted at start-up: %d %% of it was live; %,d -> %,d bytes in %d ms",
                    liveShare, sizeBefore, sizeAfter, (System.nanoTime() - started) / 1_000_000));
            return holding(DriverManager.getConnection(jdbcUrl, user, password));
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "Embedded database not checked for compaction at start-up", e);
            return () -> { };
        }
    }

    /** Keeps the embedded database open while the pool starts. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    private static Hold holding(Connection connection) {
        return () -> {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Closing the start-up connection to the embedded database failed", e);
            }
        };
    }

    /**
     * The share of the file that live pages use, in percent: H2's share of the file that chunks take
     * ({@code info.FILL_RATE}) times the share of the chunks that live pages take ({@code info.CHUNKS_FILL_RATE}).
     */
    static int liveShare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            int share = 100;
            while (rows.next()) {
                share = share * Integer.parseInt(rows.getString(2).trim()) / 100;
            }
            return share;
        }
    }
}
