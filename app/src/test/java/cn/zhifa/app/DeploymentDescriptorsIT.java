package cn.zhifa.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dockerfile and the Kubernetes manifest cannot be built here, so this checks what they rely on:
 * the jar and libs they copy exist under those names, the port they expose is the server's, and every
 * probe path they name answers 200 on the packaged server.
 */
class DeploymentDescriptorsIT {
    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final Path MANIFEST = Path.of("..", "deploy", "k8s", "zhifa.yaml");

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    @Test
    void shouldCopyTheJarAndLibsThatThePackageBuilds() throws Exception {
        String dockerfile = Files.readString(DOCKERFILE);
        List<String> copied = all(Pattern.compile("COPY --from=build /src/app/(target/\\S+)"), dockerfile);
        assertEquals(List.of("target/zhifa.jar", "target/libs"), copied);
        copied.forEach(path -> assertTrue(Files.exists(Path.of(path)), path + " is built by the package"));
        assertTrue(dockerfile.contains("USER zhifa"), "runs as a non-root user");
        assertTrue(dockerfile.contains("EXPOSE 8080"));
    }

    @Test
    void shouldAnswerEveryProbeThatTheDescriptorsName() throws Exception {
        String manifest = Files.readString(MANIFEST);
        String dockerfile = Files.readString(DOCKERFILE);
        Set<String> probes = new LinkedHashSet<>(all(Pattern.compile("path: (/\\S+)"), manifest));
        probes.addAll(all(Pattern.compile("GET (/\\S+) HTTP"), dockerfile));
        assertEquals(Set.of("/health/ready", "/health/live", "/health/started"), probes);
        assertEquals(List.of("8080"), all(Pattern.compile("containerPort: (\\d+)"), manifest));
        assertFalse(manifest.contains("DEV_TOKENS_ENABLED: \"true\""), "production never serves dev tokens");

        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-probes-");
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            for (String probe : probes) {
                assertEquals(200, server.get(probe).statusCode(), probe);
            }
        }
    }
}
