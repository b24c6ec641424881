package cn.zhifa.evidence.bench;

import cn.zhifa.evidence.testing.GeneratedBytes;
import cn.zhifa.evidence.testing.S3ProxyServer;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The evidence upload benchmark (issue 17's "speed and scale"), with the client and the server in JVMs of their own:
 * this program is the client (the JDK's {@link HttpClient}, tus PATCHes streamed from a file on disk); the server,
 * {@link EvidenceBenchServer}, runs in a JVM of {@code -Xmx256m} on embedded H2 and answers its peak heap. With
 * {@code -Dbench.store=s3} the evidence is kept in S3Proxy (a third process, its filesystem blob store under
 * target/bench). Scenarios ({@code -Dbench.scenarios=single,resume,concurrent}):
 * <ul>
 *   <li>{@code single}: one file of {@code bench.bytes} (10^9) in PATCHes of each of {@code bench.chunks} bytes (0:
 *   the whole file in one PATCH, tus-js-client's default), {@code bench.runs} (3) times each: the median MB/s; the
 *   first upload is read back whole (the server re-hashes it) and compared;</li>
 *   <li>{@code resume}: the same file, the connection cut at 50%; then HEAD and a PATCH from the offset it gives:
 *   how long the HEAD took after the cut, what was kept, and how long the rest took;</li>
 *   <li>{@code concurrent}: {@code bench.officers} (50) officers each uploading {@code bench.concurrent-bytes}
 *   (10^8) at once: aggregate MB/s, errors, the server's peak heap.</li>
 * </ul>
 * <pre>./mvnw -o -pl evidence-store -am -Pbench -DskipTests verify [-Dbench.store=s3]</pre>
 * {@code -Dbench.server-jvm-args="-XX:StartFlightRecording=filename=target/bench.jfr"} profiles the server.
 */
public final class EvidenceBenchmark {
    private static final double MB = 1e6;
    /** When a PATCH's body was last read to its end (the client hands it to the socket right after). */
    private static volatile long lastByteRead;

    private EvidenceBenchmark() {
    }

    private record Officer(long id, long inspection, String bearer) {
    }

    public static void main(String[] args) throws Exception {
        long bytes = Long.getLong("bench.bytes", 1_000_000_000L);
        List<Long> chunks = Arrays.stream(System.getProperty("bench.chunks", "0,52428800").split(","))
                .map(String::strip).map(Long::parseLong).toList();
        int runs = Integer.getInteger("bench.runs", 3);
        int officers = Integer.getInteger("bench.officers", 50);
        long concurrentBytes = Long.getLong("bench.concurrent-bytes", 100_000_000L);
        List<String> scenarios = List.of(System.getProperty("bench.scenarios", "single,resume,concurrent").split(","));
        String store = System.getProperty("bench.store", "file");

        Path work = Path.of("target", "bench").toAbsolutePath();
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        Path file = generated(Path.of("target", "bench-files", "upload-" + bytes + ".mp4"), bytes);
        Path small = generated(Path.of("target", "bench-files", "upload-" + concurrentBytes + ".mp4"), concurrentBytes);
        boolean s3 = store.equals("s3");
        if (s3) {
            S3ProxyServer.start(work.resolve("s3proxy"));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        String jvmArgs = System.getProperty("bench.server-jvm-args", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.strip().split("\\s+")));
        }
        command.addAll(List.of(
                "-Dzhifa.db.url=jdbc:h2:file:" + work.resolve("zhifa") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "-Dzhifa.data-dir=" + work.resolve("data"),
                "-Dzhifa.evidence.dir=" + work.resolve("evidence"),
                "-Dzhifa.evidence.max-bytes.video=" + Math.max(bytes, concurrentBytes),
                "-Dzhifa.demo.enabled=false",
                "-Dzhifa.security.dev-tokens.enabled=true",
                "-Dzhifa.security.dev-tokens.force=true",
                "-Dserver.port=0",
                "-Dbench.officers=" + officers));
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("zhifa.evidence.s3.")
                || k.equals("zhifa.evidence.store")).forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EvidenceBenchServer.class.getName()));
        Process server = new ProcessBuilder(command).redirectError(work.resolve("server.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter in = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8)) {
            URI base = null;
            List<Officer> team = new ArrayList<>();
            for (String line; !(line = out.readLine()).equals("bench ready"); ) {
                if (!line.startsWith("bench ")) {
                    continue; // the server's log
                }
                String[] word = line.substring("bench ".length()).split(" ", 4);
                switch (word[0]) {
                    case "port" -> base = URI.create("http://127.0.0.1:" + word[1]);
                    case "officer" -> team.add(new Officer(Long.parseLong(word[1]), Long.parseLong(word[2]), word[3]));
                    case "judicial" -> System.setProperty("bench.judicial", word[1] + " " + word[2]);
                    default -> throw new IllegalStateException(line);
                }
            }
            long[] cpu = {0};
            Bench bench = new Bench(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                    () -> {
                        in.println("heap");
                        String[] heap = out.readLine().split(" ");
                        while (!heap[0].equals("bench")) {
                            heap = out.readLine().split(" ");
                        }
                        long used = Long.parseLong(heap[4]) - cpu[0];
                        cpu[0] += used;
                        long afterMarking = Long.parseLong(heap[5]);
                        return String.format("server heap peak %d MiB sampled, %d MiB sum of pool peaks, %s (-Xmx256m);"
                                        + " server CPU %.1f s", Long.parseLong(heap[2]) >> 20, Long.parseLong(heap[3]) >> 20,
                                afterMarking == 0 ? "no whole-heap collection"
                                        : (afterMarking >> 20) + " MiB after a whole-heap collection", used / 1e9);
                    });
            bench.heap.get();
            System.out.printf("evidence benchmark, store %s, client and server in JVMs of their own, %s%n", store,
                    Files.readString(Path.of("/proc/loadavg")).strip());
            if (scenarios.contains("single")) {
                for (long chunk : chunks) {
                    bench.single(team.getFirst(), file, bytes, chunk, runs);
                }
            }
            if (scenarios.contains("resume")) {
                bench.resume(team.getFirst(), file, bytes, chunks.getFirst());
            }
            if (scenarios.contains("concurrent")) {
                bench.concurrent(team, small, concurrentBytes);
            }
            in.close();
            server.waitFor();
        } finally {
            server.destroy();
            if (s3) {
                S3ProxyServer.stop();
            }
        }
    }

    /** A video file of that size made once (an MP4 header, then bytes that are not all alike), reused by later runs. */
    private static Path generated(Path file, long bytes) throws Exception {
        if (Files.exists(file) && Files.size(file) == bytes) {
            return file;
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = new GeneratedBytes(0, bytes, MessageDigest.getInstance("SHA-256"));
             OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        return file;
    }

    private interface Heap {
        String get() throws IOException;
    }

    private record Bench(URI base, HttpClient http, Heap heap) {

        void single(Officer officer, Path file, long bytes, long chunk, int runs) throws Exception {
            double[] rates = new double[runs];
            List<String> servers = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                URI upload = create(officer, bytes);
                heap.get();
                long start = System.nanoTime();
                for (long offset = 0; offset < bytes; ) {
                    offset = patch(officer, upload, file, offset, chunk == 0 ? bytes : Math.min(chunk, bytes - offset), -1);
                }
                long end = System.nanoTime();
                double seconds = (end - start) / 1e9;
                rates[run] = bytes / MB / seconds;
                System.out.printf("  single %,d bytes in PATCHes of %s: run %d %.1f s, %.0f MB/s; the last PATCH answered"
                                + " %.0f ms after the client read its last byte%n", bytes,
                        chunk == 0 ? "the whole file" : String.format("%,d bytes", chunk), run + 1, seconds, rates[run],
                        (end - lastByteRead) / 1e6);
                servers.add(heap.get());
                if (run == 0) {
                    verify(upload, file);
                }
            }
            Arrays.sort(rates);
            System.out.printf("single, PATCHes of %s: median %.0f MB/s of %d runs; the uploads' %s%n",
                    chunk == 0 ? "the whole file" : String.format("%,d bytes", chunk), rates[runs / 2], runs, servers);
        }

        void resume(Officer officer, Path file, long bytes, long chunk) throws Exception {
            URI upload = create(officer, bytes);
            long start = System.nanoTime();
            try {
                patch(officer, upload, file, 0, chunk == 0 ? bytes : Math.min(chunk, bytes), bytes / 2);
                throw new IllegalStateException("the cut PATCH was answered");
            } catch (IOException cut) {
                // the connection broke off at 50%, as a phone losing its signal
            }
            long cutAt = System.nanoTime();
            long offset;
            long resumedAt;
            int busy = 0;
            while (true) {
                HttpResponse<Void> head = http.send(request(officer, upload).method("HEAD",
                        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
                check(head.statusCode() == 200, "HEAD " + head.statusCode());
                offset = Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
                resumedAt = System.nanoTime();
                long kept = offset;
                System.out.printf("  resume: HEAD %.0f ms after the cut gives offset %,d (%.1f%%)%n",
                        (resumedAt - cutAt) / 1e6, kept, 100.0 * kept / bytes);
                try {
                    offset = patch(officer, upload, file, offset, chunk == 0 ? bytes - offset
                            : Math.min(chunk, bytes - offset), -1);
                    break;
                } catch (Busy stillRunning) {
                    busy++;
                    Thread.sleep(20);
                }
            }
            while (offset < bytes) {
                offset = patch(officer, upload, file, offset, chunk == 0 ? bytes - offset : Math.min(chunk, bytes - offset), -1);
            }
            double rest = (System.nanoTime() - cutAt) / 1e9;
            System.out.printf("resume after a cut at 50%% of %,d bytes: first half %.1f s; PATCH from the HEAD's offset"
                            + " %.0f ms after the cut (%d times 409 while the cut PATCH ended); done %.1f s"
                            + " after the cut; %s%n", bytes, (cutAt - start) / 1e9, (resumedAt - cutAt) / 1e6, busy,
                    rest, heap.get());
            verify(upload, file);
        }

        void concurrent(List<Officer> team, Path file, long bytes) throws Exception {
            List<URI> uploads = new ArrayList<>();
            for (Officer officer : team) {
                uploads.add(create(officer, bytes));
            }
            long start = System.nanoTime();
            List<Future<String>> done = new ArrayList<>();
            try (ExecutorService officers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < team.size(); i++) {
                    Officer officer = team.get(i);
                    URI upload = uploads.get(i);
                    done.add(officers.submit(() -> {
                        patch(officer, upload, file, 0, bytes, -1);
                        return "ok";
                    }));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int errors = 0;
            for (Future<String> f : done) {
                if (f.state() != Future.State.SUCCESS) {
                    errors++;
                    System.out.println("  " + f.exceptionNow());
                }
            }
            System.out.printf("concurrent: %d officers x %,d bytes at once: %.1f s, %.0f MB/s aggregate, %d errors; %s%n",
                    team.size(), bytes, seconds, team.size() * bytes / MB / seconds, errors, heap.get());
            verify(uploads.getLast(), file);
        }

        URI create(Officer officer, long bytes) throws Exception {
            String metadata = "filename " + b64("bench.mp4") + ",kind " + b64("VIDEO");
            HttpResponse<String> created = http.send(request(officer, base.resolve("/api/v1/inspections/"
                            + officer.inspection() + "/evidence")).header("Upload-Length", String.valueOf(bytes))
                    .header("Upload-Metadata", metadata).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            check(created.statusCode() == 201, created.body());
            return base.resolve(created.headers().firstValue("Location").orElseThrow());
        }

        /**
         * One PATCH of {@code length} bytes of the file from {@code offset}; the new offset. With {@code cutAfter} &ge; 0
         * the body breaks off after that many bytes (an IOException to the caller).
         */
        long patch(Officer officer, URI upload, Path file, long offset, long length, long cutAfter) throws Exception {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> slice(file, offset, length, cutAfter)), length);
            HttpResponse<String> patched = http.send(request(officer, upload).header("Upload-Offset", String.valueOf(offset))
                    .header("Content-Type", "application/offset+octet-stream").method("PATCH", body).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (patched.statusCode() == 409 && (patched.body().contains("UPLOAD_BUSY")
                    || patched.body().contains("UPLOAD_OFFSET_MISMATCH"))) {
                throw new Busy();
            }
            check(patched.statusCode() == 204, patched.statusCode() + " " + patched.body());
            return Long.parseLong(patched.headers().firstValue("Upload-Offset").orElseThrow());
        }

        /** Reads the upload back whole (the server re-hashes it first) and compares it with the file's SHA-256. */
        void verify(URI upload, Path file) throws Exception {
            HttpResponse<InputStream> read = http.send(HttpRequest.newBuilder(upload)
                    .header("Authorization", System.getProperty("bench.judicial")).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            check(read.statusCode() == 200, "read " + read.statusCode());
            try (InputStream in = read.body(); InputStream original = Files.newInputStream(file)) {
                check(sha256(in).equals(sha256(original)), "the upload read back differs from " + file);
            }
        }

        private HttpRequest.Builder request(Officer officer, URI uri) {
            return HttpRequest.newBuilder(uri).header("Authorization", officer.bearer()).header("Tus-Resumable", "1.0.0");
        }
    }

    /**
     * 409 UPLOAD_BUSY, or UPLOAD_OFFSET_MISMATCH after a HEAD that came before the cut PATCH recorded what it kept: the
     * server still ends the cut PATCH; a tus client asks HEAD again and retries.
     */
    private static final class Busy extends Exception {
    }

    private static InputStream slice(Path file, long offset, long length, long cutAfter) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ).position(offset);
            InputStream in = Channels.newInputStream(channel);
            return new FilterInputStream(in) {
                private long sent;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    long left = (cutAfter >= 0 ? cutAfter : length) - sent;
                    if (left <= 0) {
                        if (cutAfter >= 0) {
                            throw new IOException("cut");
                        }
                        lastByteRead = System.nanoTime();
                        return -1;
                    }
                    int n = super.read(b, off, (int) Math.min(len, left));
                    sent += Math.max(n, 0);
                    return n;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[256 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
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
