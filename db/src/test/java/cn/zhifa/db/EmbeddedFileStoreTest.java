package cn.zhifa.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded file without H2's background compaction (h2database#4383), compacted at start-up instead. */
class EmbeddedFileStoreTest {
    private static final String OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    @TempDir
    Path directory;

    @Test
    void shouldTurnBackgroundCompactionOffForEmbeddedFilesOnly() {
        assertEquals("jdbc:h2:file:/srv/zhifa" + OPTIONS + ";AUTO_COMPACT_FILL_RATE=0",
                EmbeddedFileStore.withoutBackgroundCompaction("jdbc:h2:file:/srv/zhifa" + OPTIONS));
        for (String url : new String[]{"jdbc:h2:file:/srv/zhifa;auto_compact_fill_rate=90",
                "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db/zhifa", "jdbc:mysql://db:3306/zhifa"}) {
            assertEquals(url, EmbeddedFileStore.withoutBackgroundCompaction(url));
        }
    }

    @Test
    void shouldApplyTheSettingToTheConfiguredUrl() throws SQLException {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:" + directory.resolve("zhifa") + OPTIONS,
                Optional.of("sa"), Optional.empty(), 2, false, 0, 50);
        try (Connection connection = DriverManager.getConnection(settings.url(), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'AUTO_COMPACT_FILL_RATE'")) {
            assertTrue(row.next());
            assertEquals("0", row.getString(1));
        }
    }

    @Test
    void shouldNameTheDataFileOfFileUrlsOnly() {
        assertEquals(Optional.of(Path.of("/srv/zhifa.mv.db")), EmbeddedFileStore.dataFile("jdbc:h2:file:/srv/zhifa" + OPTIONS));
        assertEquals(Optional.of(Path.of(System.getProperty("user.home"), "zhifa.mv.db")),
                EmbeddedFileStore.dataFile("jdbc:h2:~/zhifa"));
        assertEquals(Optional.empty(), EmbeddedFileStore.dataFile("jdbc:h2:mem:zhifa"));
        assertEquals(Optional.empty(), EmbeddedFileStore.dataFile("jdbc:mysql://db/zhifa"));
    }

    @Test
    void shouldCompactASparseFileAtStartKeepingEveryRow() throws Exception {
        String url = sparseDatabase();
        Path file = directory.resolve("zhifa.mv.db");
        long before = Files.size(file);

        try (EmbeddedFileStore.Hold hold = EmbeddedFileStore.openCompactingIfSparse(url, "sa", "", 50)) {
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                assertTrue(EmbeddedFileStore.liveShare(connection) >= 50);
                assertEquals(ROWS * ROUNDS, rowsAndRounds(connection));
            }
        }
        assertTrue(Files.size(file) < before / 2, Files.size(file) + " bytes after, " + before + " before");
    }

    @Test
    void shouldLeaveTheFileAloneWhileEnoughOfItIsLive() throws Exception {
        String url = sparseDatabase();
        int liveShare;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            liveShare = EmbeddedFileStore.liveShare(connection);
        }
        try (EmbeddedFileStore.Hold hold = EmbeddedFileStore.openCompactingIfSparse(url, "sa", "", liveShare);
             Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(liveShare, EmbeddedFileStore.liveShare(connection));
        }
    }

    @Test
    void shouldDoNothingBeforeTheFileExists() {
        String url = EmbeddedFileStore.withoutBackgroundCompaction("jdbc:h2:file:" + directory.resolve("new") + OPTIONS);
        try (EmbeddedFileStore.Hold hold = EmbeddedFileStore.openCompactingIfSparse(url, "sa", "", 50)) {
            assertTrue(Files.notExists(directory.resolve("new.mv.db")));
        }
    }

    private static final int ROWS = 5_000;
    private static final int ROUNDS = 12;

    /**
     * Rows rewritten round after round: without background compaction most of each chunk is dead. (H2 also
     * compacts for up to MAX_COMPACT_TIME when the last connection closes; off here, so the test sees the
     * start-up compaction alone.)
     */
    private String sparseDatabase() throws SQLException {
        String url = EmbeddedFileStore.withoutBackgroundCompaction("jdbc:h2:file:" + directory.resolve("zhifa") + OPTIONS
                + ";MAX_COMPACT_TIME=0");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (id INT PRIMARY KEY, round INT, filler VARCHAR(400))");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO t KEY (id) VALUES (?, ?, ?)");
                 Statement checkpoint = connection.createStatement()) {
                for (int round = 1; round <= ROUNDS; round++) {
                    for (int id = 0; id < ROWS; id++) {
                        merge.setInt(1, id);
                        merge.setInt(2, round);
                        merge.setString(3, Integer.toHexString(id * 31 + round).repeat(40));
                        merge.executeUpdate();
                    }
                    connection.commit();
                    checkpoint.execute("CHECKPOINT");
                }
            }
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            int liveShare = EmbeddedFileStore.liveShare(connection);
            assertTrue(liveShare < 50, "the file is not sparse enough to test: " + liveShare + " %");
        }
        return url;
    }

    private static int rowsAndRounds(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*), SUM(round) FROM t")) {
            row.next();
            assertEquals(ROWS, row.getInt(1));
            return row.getInt(2);
        }
    }
}
