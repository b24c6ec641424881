package cn.zhifa.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production safety of the packaged server: on a non-embedded database it refuses to start with
 * development tokens (unless forced) and refuses to verify tokens with the development key. The guard
 * runs before any connection is made, so no database needs to be reachable.
 */
class SecurityStartupIT {
    private static final String MYSQL_URL = "-Dzhifa.db.url=jdbc:mysql://127.0.0.1:1/unreachable";

    private static String refusedStart(List<String> properties) throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-refused-");
        try (ServerProcess server = ServerProcess.launch(dataDir, properties)) {
            assertNotEquals(0, server.awaitExit(), "the start must fail");
            return server.logText();
        }
    }

    @Test
    void shouldRefuseDevTokensOnARealDatabaseUnlessForced() throws Exception {
        String log = refusedStart(List.of(MYSQL_URL, "-Dzhifa.security.dev-tokens.enabled=true"));
        assertTrue(log.contains("Development tokens are enabled on a non-embedded database"), log);
    }

    @Test
    void shouldRefuseToVerifyTokensWithTheDevelopmentKeyOnARealDatabase() throws Exception {
        String log = refusedStart(List.of(MYSQL_URL));
        assertTrue(log.contains("Token verification still uses the development key"), log);
    }
}
