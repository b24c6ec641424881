package cn.zhifa.servers.credential;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A training server that answers what a test tells it to, on a free port that it publishes as
 * {@code zhifa.training.url} before the Helidon container starts (declare it before {@code @HelidonTest}).
 */
public final class StubTrainingServer implements BeforeAllCallback, AfterAllCallback {
    /** What the stub saw: path with query, and the Authorization header (null if none). */
    public record Seen(String pathAndQuery, String authorization) {
    }

    private static HttpServer server;
    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static volatile int status = 200;
    private static volatile String body = "{}";
    private static volatile Duration delay = Duration.ZERO;

    /** The next answers: this status and JSON body, after this delay. */
    public static void answer(int newStatus, String newBody, Duration newDelay) {
        status = newStatus;
        body = newBody;
        delay = newDelay;
    }

    public static List<Seen> seen() {
        return List.copyOf(SEEN);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        System.setProperty("zhifa.training.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        SEEN.add(new Seen(exchange.getRequestURI().toString(), exchange.getRequestHeaders().getFirst("Authorization")));
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
        System.clearProperty("zhifa.training.url");
    }
}
