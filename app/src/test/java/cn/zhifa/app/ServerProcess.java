package cn.zhifa.app;

import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.TestClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code app/target/zhifa.jar}) started as its own process on a free port, on the
 * test database, the way the README's first command starts it.
 */
public final class ServerProcess implements AutoCloseable {
    /** A start on a scratch database runs every migration first; a shared CI machine may be busy. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** A start and then the exit, which for an AOT training run includes assembling the cache in a second JVM. */
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;
    private final ApiClient api;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.api = new ApiClient(URI.create(baseUrl()));
    }

    /** Starts the server on the test database and waits until it is ready. */
    static ServerProcess start(Path dataDir, String... extraProperties) throws Exception {
        return startOn(freePort(), dataDir, extraProperties);
    }

    /**
     * Starts the server like {@link #start} and tells it that the public reaches it at its own address, so that
     * the QR codes it prints open this server's verification page (for the browser tests).
     */
    public static ServerProcess startAsPublished(Path dataDir, String... extraProperties) throws Exception {
        return startAsPublished(freePort(), dataDir, extraProperties);
    }

    /** Like {@link #startAsPublished(Path, String...)} on a port chosen before (an identity provider registers it). */
    public static ServerProcess startAsPublished(int port, Path dataDir, String... extraProperties) throws Exception {
        List<String> properties = new ArrayList<>(List.of(extraProperties));
        properties.add("-Dzhifa.credential.public-base-url=http://127.0.0.1:" + port);
        return startOn(port, dataDir, properties.toArray(String[]::new));
    }

    private static ServerProcess startOn(int port, Path dataDir, String... extraProperties) throws Exception {
        List<String> properties = new ArrayList<>();
        TestDatabase database = TestDatabase.current();
        if (database.isMysql()) {
            properties.addAll(List.of("-Dzhifa.db.url=" + database.url(), "-Dzhifa.db.user=" + database.user(),
                    "-Dzhifa.db.password=" + database.password(), "-Dzhifa.security.dev-tokens.enabled=true",
                    "-Dzhifa.security.dev-tokens.force=true"));
        }
        properties.addAll(List.of(extraProperties));
        ServerProcess server = launch(dataDir, properties, port);
        server.awaitReady();
        return server;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the server with exactly these properties, for starts that are meant to be refused. */
    static ServerProcess launch(Path dataDir, List<String> properties) throws IOException {
        return launch(dataDir, properties, freePort());
    }

    private static ServerProcess launch(Path dataDir, List<String> properties, int port) throws IOException {
        return launchJar(Path.of("target", "zhifa.jar"), dataDir, port, properties);
    }

    /**
     * Starts another packaged server (e.g. {@code ../servers/credential-server/target/credential-server.jar}) on
     * this port with exactly these properties, without waiting: {@link #awaitReady} when it should be up.
     */
    static ServerProcess launchJar(Path jar, Path dataDir, int port, List<String> properties) throws IOException {
        return launch(dataDir, properties, port, List.of("-jar", jar.toString()));
    }

    /** {@code java} with port, data directory and the properties, then {@code what} (how to find the main class). */
    private static ServerProcess launch(Path dataDir, List<String> properties, int port, List<String> what)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dserver.port=" + port, "-Dzhifa.data-dir=" + dataDir));
        command.addAll(TestClock.serverOptions());
        command.addAll(properties);
        command.addAll(what);
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("server-" + port + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(process, port, log);
    }

    /** The exit code, once the process has ended by itself within the timeout. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server did not exit within " + EXIT_TIMEOUT);
        }
        return process.exitValue();
    }

    void awaitReady() throws Exception {
        awaitReady(START_TIMEOUT);
    }

    /** Like {@link #awaitReady()}, with more patience: several servers starting at once on a busy machine. */
    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                if (api.get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server was not ready within " + timeout + ":\n" + logText());
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The client of this server (development tokens from its {@code /auth/dev-token}). */
    public ApiClient api() {
        return api;
    }

    String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    // --- several instances, faults and load (cn.zhifa.app.instances, cn.zhifa.app.load) ---

    /**
     * Launches the packaged server with exactly these JVM options and properties (database, tokens, heap, JFR …)
     * on a free port, without waiting: several instances can start at once; {@link #awaitUp()} waits.
     */
    public static ServerProcess launchWith(Path dataDir, List<String> options) throws IOException {
        return launch(dataDir, options);
    }

    /**
     * Like {@link #launchWith(Path, List)}, with more classes on the server's class path (a jar holding its own
     * {@code META-INF/beans.xml}), e.g. the load run's constant probe resource. The packaged jar's manifest
     * still brings its libraries.
     */
    public static ServerProcess launchWith(Path dataDir, List<String> options, Path extraClasses) throws IOException {
        String mainClass;
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Path.of("target", "zhifa.jar").toFile())) {
            mainClass = jar.getManifest().getMainAttributes().getValue("Main-Class");
        }
        return launch(dataDir, options, freePort(),
                List.of("-cp", Path.of("target", "zhifa.jar") + java.io.File.pathSeparator + extraClasses, mainClass));
    }

    /** Waits until {@code /health/ready} answers 200 (fails with the server's log if it exits or times out). */
    public void awaitUp() throws Exception {
        awaitReady();
    }

    /** The server JVM's process id (for jcmd). */
    public long pid() {
        return process.pid();
    }

    /** kill -9: the JVM ends at once, no shutdown hook, no graceful close of connections or transactions. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The server's output so far (for failure messages). */
    public String output() throws IOException {
        return logText();
    }
}
