package cn.zhifa.app;

import cn.zhifa.platform.security.DevKeys;
import cn.zhifa.platform.security.DevTokenSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-service deployables of {@code servers/} as the tests start them: their packaged jars, and the three
 * started at once as processes on three ports against one database, the way a province runs them.
 */
final class ServiceServers implements AutoCloseable {
    /** Three JVMs starting (and one migrating) at once take a while on a small, busy machine. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String NO_CONNECTION = "Unable to obtain connection from database";

    /** One per-service deployable: its module, jar and the port its own configuration names. */
    enum Deployable {
        CREDENTIAL("credential-server", 8081),
        TRAINING("training-server", 8082),
        PLANNER("planner-server", 8083);

        final String module;
        final int defaultPort;

        Deployable(String module, int defaultPort) {
            this.module = module;
            this.defaultPort = defaultPort;
        }

        /** The module's directory, seen from app (the tests' working directory). */
        Path moduleDir() {
            return Path.of("..", "servers", module);
        }

        Path jar() {
            return moduleDir().resolve(Path.of("target", module + ".jar"));
        }

        Path libs() {
            return moduleDir().resolve(Path.of("target", "libs"));
        }
    }

    final ServerProcess credential;
    final ServerProcess training;
    final ServerProcess planner;

    private ServiceServers(ServerProcess credential, ServerProcess training, ServerProcess planner) {
        this.credential = credential;
        this.training = training;
        this.planner = planner;
    }

    List<ServerProcess> all() {
        return List.of(credential, training, planner);
    }

    /**
     * Launches the three servers together on the database given by the JDBC properties, with development tokens
     * forced (a test installation) and one key pair shared by all, so that a token issued by one is accepted by the
     * others; the credential server reads training duties from the training server. Waits until all are ready.
     */
    static ServiceServers startTogether(Path dataDir, List<String> databaseProperties) throws Exception {
        Path keys = dataDir.resolve("shared-keys");
        DevKeys.ensure(new DevTokenSettings(true, true, false, keys, "zhifa-dev", Duration.ofHours(1), false));
        int trainingPort = ServerProcess.freePort();
        List<String> common = new ArrayList<>(databaseProperties);
        common.addAll(List.of("-Dzhifa.security.dev-tokens.enabled=true", "-Dzhifa.security.dev-tokens.force=true"));

        List<Launch> launches = new ArrayList<>();
        for (Deployable deployable : Deployable.values()) {
            int port = deployable == Deployable.TRAINING ? trainingPort : ServerProcess.freePort();
            Path own = dataDir.resolve(deployable.module);
            copyKeys(keys, own.resolve("keys"));
            List<String> properties = new ArrayList<>(common);
            if (deployable == Deployable.CREDENTIAL) {
                properties.add("-Dzhifa.training.url=http://127.0.0.1:" + trainingPort);
            }
            launches.add(new Launch(deployable, own, port, properties));
        }
        List<ServerProcess> started = new ArrayList<>();
        try {
            for (Launch launch : launches) {
                started.add(launch.start());
            }
            for (int i = 0; i < started.size(); i++) {
                started.set(i, awaitReadyOrRestartOnce(started.get(i), launches.get(i)));
            }
            return new ServiceServers(started.get(0), started.get(1), started.get(2));
        } catch (Exception | Error e) {
            for (ServerProcess server : started) {
                server.close();
            }
            throw e;
        }
    }

    /** One server's command line, to start it again the same way. */
    private record Launch(Deployable deployable, Path dataDir, int port, List<String> properties) {
        ServerProcess start() throws IOException {
            return ServerProcess.launchJar(deployable.jar(), dataDir, port, properties);
        }
    }

    /**
     * A server that could not even open its first database connection within the pool's 3 s (a cold JVM on a busy
     * machine) exits; its orchestrator would start it again, and so does this, once. Any other failure to start
     * (a migration that broke, a lock that was not released) fails the test.
     */
    private static ServerProcess awaitReadyOrRestartOnce(ServerProcess server, Launch launch) throws Exception {
        try {
            server.awaitReady(START_TIMEOUT);
            return server;
        } catch (IllegalStateException e) {
            if (!e.getMessage().startsWith("The server exited") || !e.getMessage().contains(NO_CONNECTION)) {
                throw e;
            }
            System.err.println(launch.deployable().module + " found no database connection at start and is restarted once:\n"
                    + e.getMessage());
            server.close();
            ServerProcess again = launch.start();
            try {
                again.awaitReady(START_TIMEOUT);
                return again;
            } catch (Exception | Error failed) {
                again.close();
                throw failed;
            }
        }
    }

    private static void copyKeys(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String file : List.of(DevTokenSettings.PUBLIC_KEY_FILE, DevTokenSettings.PRIVATE_KEY_FILE)) {
            Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws Exception {
        for (ServerProcess server : all()) {
            server.close();
        }
    }
}
