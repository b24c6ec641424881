package cn.zhifa.evidence.bench;

import cn.zhifa.evidence.testing.GeneratedBytes;
import cn.zhifa.evidence.testing.S3ProxyServer;
import cn.zhifa.evidence.testing.Teams;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.server.Server;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Uploads one large video (default 2 GiB, {@code -Dbench.bytes}) through the tus endpoints of a server started in
 * this JVM, in PATCHes of {@code -Dbench.chunk-bytes} (default 64 MiB) generated on the fly, then reads it back whole
 * (which re-hashes it) and prints the throughput and the JVM's peak heap. Run with a small heap (the profile gives
 * -Xmx256m): server and client share it, so a peak under the limit shows that neither holds the file. With
 * {@code -Dbench.store=s3} the evidence is kept in S3Proxy (its filesystem blob store under target/bench), so the
 * upload's last PATCH includes the multipart put of the whole file to the object store and the read comes from it.
 * <pre>./mvnw -o -pl evidence-store -am -Pbench -DskipTests verify [-Dbench.store=s3]</pre>
 */
public final class EvidenceBenchmark {
    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long bytes = Long.getLong("bench.bytes", 2L << 30);
        long chunk = Long.getLong("bench.chunk-bytes", 64L << 20);
        Path work = Path.of("target", "bench");
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        System.setProperty("zhifa.db.url", "jdbc:h2:file:" + work.toAbsolutePath().resolve("zhifa")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        System.setProperty("zhifa.data-dir", work.resolve("data").toString());
        System.setProperty("zhifa.evidence.dir", work.resolve("evidence").toString());
        System.setProperty("zhifa.evidence.max-bytes.video", String.valueOf(bytes));
        System.setProperty("zhifa.demo.enabled", "false");
        System.setProperty("zhifa.security.dev-tokens.enabled", "true");
        System.setProperty("zhifa.security.dev-tokens.force", "true");
        System.setProperty("server.port", "0");
        boolean s3 = "s3".equals(System.getProperty("bench.store", "file"));
        if (s3) {
            S3ProxyServer.start(work.resolve("s3proxy"));
        }
        Server server = Server.builder().build().start();
        try {
            run(URI.create("http://127.0.0.1:" + server.port()), bytes, chunk);
        } finally {
            server.stop();
            if (s3) {
                S3ProxyServer.stop();
            }
        }
    }

    private static void run(URI base, long bytes, long chunk) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long officer = 1;
        long inspection = Teams.inspection(officer);
        String bearer = Tokens.bearer(String.valueOf(officer), Roles.OFFICER);
        String metadata = "filename " + b64("bench.mp4") + ",kind " + b64("VIDEO");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/inspections/" + inspection
                        + "/evidence")).header("Authorization", bearer).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", String.valueOf(bytes)).header("Upload-Metadata", metadata)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        check(created.statusCode() == 201, created.body());
        URI upload = base.resolve(created.headers().firstValue("Location").orElseThrow());
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        long start = System.nanoTime();
        for (long offset = 0; offset < bytes; offset += chunk) {
            long length = Math.min(chunk, bytes - offset);
            InputStream body = new GeneratedBytes(offset, length, sent);
            HttpResponse<String> patched = http.send(HttpRequest.newBuilder(upload).header("Authorization", bearer)
                    .header("Tus-Resumable", "1.0.0").header("Upload-Offset", String.valueOf(offset))
                    .header("Content-Type", "application/offset+octet-stream")
                    .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> body), length)).build(),
                    HttpResponse.BodyHandlers.ofString());
            check(patched.statusCode() == 204, patched.body());
        }
        double uploadSeconds = (System.nanoTime() - start) / 1e9;

        String judicial = Tokens.bearer("bench-judicial", Roles.JUDICIAL);
        start = System.nanoTime();
        HttpResponse<InputStream> read = http.send(HttpRequest.newBuilder(upload).header("Authorization", judicial)
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        check(read.statusCode() == 200, "read " + read.statusCode());
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        long total = 0;
        try (InputStream in = read.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; total += n) {
                received.update(buffer, 0, n);
            }
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;
        String hash = HexFormat.of().formatHex(sent.digest());
        check(total == bytes && hash.equals(HexFormat.of().formatHex(received.digest())), "the file read back differs");

        double mib = bytes / (1024.0 * 1024.0);
        System.out.printf("evidence benchmark: %,d bytes in PATCHes of %,d bytes, max heap %d MiB%n", bytes, chunk,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("upload (tus, streamed + SHA-256): %.1f s, %.0f MiB/s%n", uploadSeconds, mib / uploadSeconds);
        System.out.printf("full read (re-hash, then send):   %.1f s, %.0f MiB/s%n", readSeconds, mib / readSeconds);
        System.out.printf("peak heap used:                   %d MiB%n", peakHeap() >> 20);
        System.out.printf("sha256:                           %s%n", hash);
    }

    /** The sum of the heap pools' peak usage since the start. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u == null ? 0 : u.getUsed()).sum();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
