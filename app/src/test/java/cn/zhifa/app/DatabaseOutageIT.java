package cn.zhifa.app;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database goes away under a running server and comes back: readiness turns DOWN, requests fail
 * fast with 503 problem+json, the record stays intact, and the server recovers by itself. Needs a
 * database server to cut off, so it runs in the MySQL/MariaDB pass (skipped, with the reason, on H2).
 */
@DatabaseTest
class DatabaseOutageIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static void await(ServerProcess server, String path, IntPredicate status) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = server.api().get(path, null).status();
            if (status.test(last)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " still answers " + last + " after " + PATIENCE);
    }

    @Test
    void shouldFailFastWhileTheDatabaseIsAwayAndRecoverByItself() throws Exception {
        TestDatabase database = TestDatabase.current();
        assumeTrue(database.isMysql(), "needs a database server to cut off; the embedded H2 cannot go away");
        URI server = URI.create(database.url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(server.getPort())) {
            String viaProxy = database.url().replace(":" + server.getPort() + "/", ":" + proxy.port() + "/");
            Path dataDir = Files.createTempDirectory(Path.of("target"), "it-outage-");
            try (ServerProcess app = ServerProcess.launch(dataDir, List.of("-Dzhifa.db.url=" + viaProxy,
                    "-Dzhifa.db.user=" + database.user(), "-Dzhifa.db.password=" + database.password(),
                    "-Dzhifa.security.dev-tokens.enabled=true", "-Dzhifa.security.dev-tokens.force=true"))) {
                app.awaitReady();
                String token = app.api().devToken("a-1", "admin");
                Reply head = app.api().get("/public/v1/audit/head", null);
                assertEquals(200, head.status(), head.body());
                long headBefore = head.json().getJsonNumber("seq").longValue();

                proxy.cut();
                await(app, "/health/ready", status -> status == 503);
                long start = System.nanoTime();
                Reply during = app.api().get("/api/v1/audit/verify", token);
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, during.status(), during.body());
                assertEquals("application/problem+json", during.headers().firstValue("Content-Type").orElse(""));
                assertEquals("urn:zhifa:problem:SERVICE_UNAVAILABLE", during.json().getString("type"));
                assertTrue(during.headers().firstValue("Retry-After").isPresent(), "says when to try again");
                assertTrue(tookMs < 10_000, "fails fast, took " + tookMs + " ms");

                proxy.restore();
                await(app, "/health/ready", status -> status == 200);
                Reply after = app.api().get("/api/v1/audit/verify", token);
                assertEquals(200, after.status(), after.body());
                assertTrue(after.json().getBoolean("valid"));
                assertEquals(headBefore, app.api().get("/public/v1/audit/head", null).json().getJsonNumber("seq").longValue());
            }
        }
    }
}
