package cn.zhifa.app;

import cn.zhifa.db.testing.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
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
        int port = freePort();
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the server with exactly these properties, for starts that are meant to be refused. */
    static ServerProcess launch(Path dataDir, List<String> properties) throws IOException {
        return launch(dataDir, properties, freePort());
    }

    private static ServerProcess launch(Path dataDir, List<String> properties, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dserver.port=" + port, "-Dzhifa.data-dir=" + dataDir));
        command.addAll(properties);
        command.addAll(List.of("-jar", Path.of("target", "zhifa.jar").toString()));
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("server-" + port + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(process, port, log);
    }

    /** The exit code, once the process has ended by itself within the timeout. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server did not exit within " + START_TIMEOUT);
        }
        return process.exitValue();
    }

    void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server was not ready within " + START_TIMEOUT + ":\n" + logText());
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getWithToken(String path, String bearer) throws IOException, InterruptedException {
        return http.send(request(path).header("Authorization", "Bearer " + bearer).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> post(String path, String json, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with any method, content type and body (e.g. a CSV import), with a bearer token. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + bearer);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The bytes of a resource that needs a token (e.g. a QR code PNG). */
    public HttpResponse<byte[]> getBytes(String path, String bearer) throws IOException, InterruptedException {
        return http.send(request(path).header("Authorization", "Bearer " + bearer).build(),
                HttpResponse.BodyHandlers.ofByteArray());
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
}
