package cn.zhifa.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start the Dockerfiles use: a training run with {@code zhifa.exit-when-started} exits by itself once the
 * server has started, having recorded the JDK's AOT cache (JDK 25+), and a start with that cache serves.
 */
class AheadOfTimeCacheIT {

    @Test
    void aTrainingRunExitsOnceStartedAndItsCacheServesTheNextStart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-aot-");
        Path cache = dataDir.resolve("zhifa.aot");
        boolean aot = Runtime.version().feature() >= 25;
        List<String> training = new ArrayList<>(List.of("-Dzhifa.exit-when-started=true"));
        if (aot) {
            training.add("-XX:AOTCacheOutput=" + cache);
        }
        try (ServerProcess server = ServerProcess.launch(dataDir, training)) {
            assertEquals(0, server.awaitExit(), server.logText());
            assertTrue(server.logText().contains("Started; exiting as zhifa.exit-when-started asks"), server.logText());
        }
        if (!aot) {
            return;
        }
        assertTrue(Files.size(cache) > 0, "the cache is written when the training run exits");
        try (ServerProcess server = ServerProcess.start(dataDir, "-XX:AOTCache=" + cache)) {
            assertEquals(200, server.api().get("/health/ready", null).status());
            assertEquals(200, server.api().get("/public/v1/officers?agency=500115002", null).status());
        }
    }
}
