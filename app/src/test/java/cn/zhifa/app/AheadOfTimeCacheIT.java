package cn.zhifa.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starts of the JDK's AOT cache: a training run with {@code zhifa.exit-when-started} exits by itself once the
 * server has started, and one with {@code zhifa.aot.training} (the Dockerfiles') once it has sent its training
 * requests to itself, having recorded the JDK's AOT cache (JDK 25+), and a start with that cache serves.
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

    /**
     * The Dockerfiles' training run: with {@code zhifa.aot.training} the started server sends its modules' training
     * exercises to itself (an exam sitting, the pages and common reads of the all-in-one server), each of which fails
     * the run on an unexpected answer, and exits 0 once they all passed; the cache it wrote serves the next start.
     */
    @Test
    void aTrainingRunSendsTheExercisesToItselfThenExits() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-aot-training-");
        Path cache = dataDir.resolve("zhifa.aot");
        boolean aot = Runtime.version().feature() >= 25;
        List<String> training = new ArrayList<>(List.of("-Dzhifa.aot.training=true", "-Dzhifa.aot.training.rounds=1"));
        if (aot) {
            training.add("-XX:AOTCacheOutput=" + cache);
        }
        try (ServerProcess server = ServerProcess.launch(dataDir, training)) {
            assertEquals(0, server.awaitExit(), server.logText());
            String log = server.logText();
            assertTrue(log.contains("AOT training: exam sitting, 1 rounds") && log.contains("AOT training: pages, 1 rounds")
                    && log.contains("AOT training done"), log);
        }
        if (!aot) {
            return;
        }
        assertTrue(Files.size(cache) > 0, "the cache is written when the training run exits");
        try (ServerProcess server = ServerProcess.start(dataDir, "-XX:AOTCache=" + cache)) {
            assertEquals(200, server.api().get("/exam.html", null).status());
        }
    }
}
