package cn.zhifa.app.load;

import cn.zhifa.app.ServerProcess;
import cn.zhifa.app.instances.AuditChain;
import cn.zhifa.app.instances.FreshDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables.Seeded;
import cn.zhifa.platform.testing.TestClock;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.apache.commons.math3.stat.descriptive.rank.Median;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The load run (issues #7 and #8): starts the packaged server on embedded H2 and on a fresh MariaDB database with
 * 100,000 officers (credentials and this year's training, written by JDBC batches), then drives it on loopback with
 * virtual-thread clients for a bounded time and prints, per endpoint class, throughput, p50/p99 latency and errors:
 * <ol>
 *     <li>mixed traffic: public verification, public roster reads, officers' own credits, staff writes (exams);</li>
 *     <li>the HTTP-layer benchmark, one class at a time: a constant JAX-RS probe in the same server (the ceiling of
 *     this stack here), public verification and officer credits, with verification's share of the ceiling, then
 *     the roster listing and the staff writes (what each class costs alone), with the CPU per request of the server,
 *     the database server (when on this machine), the load generator and the rest of the machine ({@link CpuMeter});</li>
 *     <li>latency below saturation: verification and credits sent open-loop at a quarter and at half their saturated
 *     throughput (the 32 closed-loop clients of the benchmark keep the two cores saturated, where latency only measures the
 *     queue), and the constant probe at verification's rates: the floor that the stack, the client and the machine
 *     set under any endpoint's latency;</li>
 * </ol>
 * and start-up (process start to /health/ready UP; medians of alternating starts with a plain JVM and with the JDK's
 * AOT cache), heap used after a full GC at rest (before and after the load),
 * the count of {@code jdk.VirtualThreadPinned} events recorded by JFR during the load, and the audit verification.
 * Fails (exit 1) on any error, an invalid audit chain or a virtual thread pinned on a request path.
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl app -am -Pload -DskipTests verify} (docs/performance.md); properties
 * {@code load.targets} (h2,mariadb), {@code load.officers} (100000), {@code load.clients} (32),
 * {@code load.warmup-seconds} (10), {@code load.seconds} (30), {@code load.bench-seconds} (15, split into
 * {@code load.bench-rounds} (5) alternating rounds for the ceiling, verification and credits), {@code load.starts} (3
 * measured starts of each kind, alternating),
 * {@code load.mysql.url} (jdbc:mysql://127.0.0.1:3306/), {@code load.mysql.user} (root), {@code load.mysql.password}.
 */
public final class LoadRun {
    private static final int OFFICERS = Integer.getInteger("load.officers", 100_000);
    private static final int CLIENTS = Integer.getInteger("load.clients", 32);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("load.warmup-seconds", 10));
    private static final Duration MIXED = Duration.ofSeconds(Integer.getInteger("load.seconds", 30));
    private static final Duration BENCH = Duration.ofSeconds(Integer.getInteger("load.bench-seconds", 15));
    private static final int ROUNDS = Integer.getInteger("load.bench-rounds", 5);
    private static final int STARTS = Integer.getInteger("load.starts", 3);
    private static final int OFFICER_TOKENS = 500;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** The endpoint classes; the weights make the mixed traffic (out of 100). */
    enum Kind {
        VERIFY(50), ROSTER(20), CREDITS(20), WRITE(10), CONSTANT(0);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        /** The class's name in the report. */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        List<String> targets = args.length > 0 ? List.of(args)
                : List.of(System.getProperty("load.targets", "h2,mariadb").split(","));
        boolean ok = true;
        for (String target : targets) {
            ok &= run(target.trim());
        }
        System.out.println(ok ? "LOAD RUN PASSED" : "LOAD RUN FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(String target) throws Exception {
        Path work = Path.of("target", "load", target).toAbsolutePath();
        deleteRecursively(work);
        Path dataDir = work.resolve("data");
        Files.createDirectories(dataDir);
        Path probe = probeClasspath(work);
        FreshDatabase database = target.equals("mariadb") ? FreshDatabase.create(
                System.getProperty("load.mysql.url", "jdbc:mysql://127.0.0.1:3306/"),
                System.getProperty("load.mysql.user", "root"), System.getProperty("load.mysql.password", ""), "load") : null;
        String h2Url = "jdbc:h2:file:" + dataDir.resolve("zhifa") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE";
        List<String> options = new ArrayList<>(database == null ? List.of("-Dzhifa.db.url=" + h2Url) : database.serverProperties());
        options.add("-Dzhifa.demo.enabled=false");
        options.addAll(List.of(System.getProperty("load.server-options", "").split(" ")).stream().filter(s -> !s.isBlank()).toList());
        System.out.printf(Locale.ROOT, "%n=== Load run on %s: %,d officers, %d clients, load average %s ===%n", target, OFFICERS,
                CLIENTS, loadAverage());
        try {
            // 1. an empty server migrates the schema, then stops
            migrate(dataDir, options, probe);
            // 2. the data set, straight into the database
            int year = TestClock.today().getYear();
            long started = System.nanoTime();
            List<Seeded> officers;
            try (Connection connection = database == null ? DriverManager.getConnection(h2Url, "sa", "") : database.connect()) {
                officers = DataSet.officers(connection, OFFICERS, year);
            }
            System.out.printf(Locale.ROOT, "data set: %,d officers with credentials and training written in %.1f s%n",
                    officers.size(), seconds(System.nanoTime() - started));
            // 3. starts on the full data set, a plain JVM and one with the JDK's AOT cache (as the Dockerfiles start)
            String startups = startups(dataDir, options, probe, work);
            // 4. the server that takes the load
            try (ServerProcess server = ServerProcess.launchWith(dataDir, options, probe)) {
                ApiClient api = server.api();
                awaitUpClosely(server, api);
                long heapStart = heapUsedAfterGc(server.pid());
                CpuMeter cpu = CpuMeter.of(server.pid(), database != null && database.onThisMachine());
                return drive(server, api, officers, year, startups, heapStart, cpu, work);
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    private static boolean drive(ServerProcess server, ApiClient api, List<Seeded> officers, int year,
                                 String startups, long heapStart, CpuMeter cpu, Path work) throws Exception {
        Traffic traffic = new Traffic(api, officers, year);
        String fileBefore = h2FileSize(work);
        // every class once before the recording, so one-time class loading and initialisation are behind us
        for (Kind kind : Kind.values()) {
            run(traffic, Duration.ofSeconds(1), kind);
        }
        run(traffic, WARMUP, null);
        Path jfc = work.resolve("pinning.jfc");
        Files.writeString(jfc, """
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration version="2.0" label="pinned virtual threads">
                  <event name="jdk.VirtualThreadPinned">
                    <setting name="enabled">true</setting>
                    <setting name="stackTrace">true</setting>
                    <setting name="threshold">0 ms</setting>
                  </event>
                </configuration>
                """);
        Path recording = work.resolve("load.jfr");
        jcmd(server.pid(), "JFR.start", "name=load", "settings=" + jfc);

        Map<Kind, Stats> mixed = run(traffic, MIXED, null);
        // the ceiling, verification and credits in alternating rounds: a quiet or a busy moment of the shared machine
        // falls on all three alike, and each round gives its own ratio
        Duration roundLength = BENCH.dividedBy(ROUNDS);
        Map<Kind, List<Stats>> rounds = new EnumMap<>(Kind.class);
        for (int round = 0; round < ROUNDS; round++) {
            for (Kind kind : List.of(Kind.CONSTANT, Kind.VERIFY, Kind.CREDITS)) {
                rounds.computeIfAbsent(kind, k -> new ArrayList<>()).add(cpu.measure(kind.label(),
                        () -> run(traffic, roundLength, kind)).getOrDefault(kind, new Stats(kind, roundLength)));
            }
        }
        Map<Kind, Stats> bench = new EnumMap<>(Kind.class);
        rounds.forEach((kind, each) -> bench.put(kind, each.stream().reduce(Stats::followedBy).orElseThrow()));
        for (Kind kind : List.of(Kind.ROSTER, Kind.WRITE)) {
            bench.putAll(cpu.measure(kind.label(), () -> run(traffic, BENCH, kind)));
        }
        // latency below saturation: open-loop requests at a quarter and at half of each class's saturated throughput;
        // the constant probe at verification's rates is the floor that this stack, the client and the machine set
        Map<Kind, Stats> quarter = new EnumMap<>(Kind.class);
        Map<Kind, Stats> half = new EnumMap<>(Kind.class);
        for (Kind kind : List.of(Kind.VERIFY, Kind.CREDITS)) {
            quarter.put(kind, paced(traffic, kind, bench.get(kind).throughput() / 4, BENCH));
            half.put(kind, paced(traffic, kind, bench.get(kind).throughput() / 2, BENCH));
        }
        quarter.put(Kind.CONSTANT, paced(traffic, Kind.CONSTANT, bench.get(Kind.VERIFY).throughput() / 4, BENCH));
        half.put(Kind.CONSTANT, paced(traffic, Kind.CONSTANT, bench.get(Kind.VERIFY).throughput() / 2, BENCH));
        jcmd(server.pid(), "JFR.dump", "name=load", "filename=" + recording);
        jcmd(server.pid(), "JFR.stop", "name=load");
        Thread.sleep(2_000);
        long heapRest = heapUsedAfterGc(server.pid());
        boolean auditValid = AuditChain.valid(api);
        Map<String, Integer> pinned = pinnedStacks(recording);
        int pinnedCount = pinned.values().stream().mapToInt(Integer::intValue).sum();
        // a class loaded lazily on first use pins once (the JDK loads classes with the carrier held): not a hot path
        int classLoading = pinned.entrySet().stream().filter(entry -> entry.getKey().contains("ClassLoader.loadClass"))
                .mapToInt(Map.Entry::getValue).sum();

        String target = work.getFileName().toString();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%nmixed traffic (%d s, %d clients) on %s%n", MIXED.toSeconds(), CLIENTS, target));
        report.append(Stats.HEADER);
        mixed.values().forEach(stats -> report.append(stats.line()));
        report.append(Stats.total(mixed.values()).line());
        report.append(String.format(Locale.ROOT, "%nHTTP layer, one class at a time (%d s each, %d clients; the "
                + "first three in %d alternating rounds) on %s%n", BENCH.toSeconds(), CLIENTS, ROUNDS, target));
        report.append(Stats.HEADER);
        bench.values().forEach(stats -> report.append(stats.line()));
        report.append(String.format(Locale.ROOT, "verification / ceiling throughput: median of %d rounds %s (aim >= 50 %%), "
                + "p99 %.2f ms (aim < 10 ms)%n", ROUNDS, ratios(rounds.get(Kind.VERIFY), rounds.get(Kind.CONSTANT)),
                bench.get(Kind.VERIFY).percentile(0.99)));
        report.append(String.format(Locale.ROOT, "officer credits / ceiling throughput: median of %d rounds %s, p99 %.2f ms%n",
                ROUNDS, ratios(rounds.get(Kind.CREDITS), rounds.get(Kind.CONSTANT)), bench.get(Kind.CREDITS).percentile(0.99)));
        report.append(String.format(Locale.ROOT, "%nCPU per request in these runs, microseconds (%d cores; other: the rest of "
                + "the machine's busy time, the kernel's loopback traffic of all three and other processes) on %s%n",
                Runtime.getRuntime().availableProcessors(), target));
        report.append(cpu.report(bench.values().stream().collect(Collectors.toMap(Stats::name, Stats::requests))));
        report.append(String.format(Locale.ROOT, "%nlatency at a quarter and at half the saturated throughput (open loop, "
                + "from each request's scheduled time, %d s each) on %s%n", BENCH.toSeconds(), target));
        report.append(Stats.HEADER);
        Stream.of(quarter, half).forEach(paced -> paced.values().forEach(stats -> report.append(stats.line())));
        report.append(String.format(Locale.ROOT, "verification p99 at %.0f req/s: %.2f ms; at %.0f req/s: %.2f ms "
                + "(aim < 10 ms); the constant probe at the same rates: %.2f ms, %.2f ms%n",
                quarter.get(Kind.VERIFY).throughput(), quarter.get(Kind.VERIFY).percentile(0.99),
                half.get(Kind.VERIFY).throughput(), half.get(Kind.VERIFY).percentile(0.99),
                quarter.get(Kind.CONSTANT).percentile(0.99), half.get(Kind.CONSTANT).percentile(0.99)));
        report.append(startups);
        report.append(String.format(Locale.ROOT, "heap used after full GC at rest: %.1f MB after start, %.1f MB after the load (aim < 256 MB)%n",
                heapStart / 1024.0 / 1024.0, heapRest / 1024.0 / 1024.0));
        report.append(String.format(Locale.ROOT, "jdk.VirtualThreadPinned events during the load: %d (%d while loading a class "
                + "for the first time, %d on request paths)%n", pinnedCount, classLoading, pinnedCount - classLoading));
        pinned.forEach((stack, count) -> report.append(String.format(Locale.ROOT, "  %5d x %s%n", count, stack)));
        report.append(String.format(Locale.ROOT, "audit chain valid after the load: %s%n", auditValid));
        if (!fileBefore.isEmpty()) {
            report.append(String.format(Locale.ROOT, "H2 database file: %s before the load, %s after it%n", fileBefore,
                    h2FileSize(work)));
        }
        report.append(String.format(Locale.ROOT, "load average at the end: %s%n", loadAverage()));
        System.out.print(report);
        Files.writeString(work.resolve("report.txt"), report.toString());

        long errors = Stream.of(mixed, bench, quarter, half).flatMap(stats -> stats.values().stream()).mapToLong(Stats::errors).sum();
        if (errors > 0) {
            System.out.println("FAILED: " + errors + " error(s); first: " + traffic.firstError);
        }
        return errors == 0 && auditValid && pinnedCount - classLoading == 0;
    }

    /** The embedded database's file ("412.3 MB"), or "" on a database server. */
    private static String h2FileSize(Path work) throws IOException {
        Path file = work.resolve("data").resolve("zhifa.mv.db");
        return Files.exists(file) ? String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1024.0 / 1024.0) : "";
    }

    /** "52 % (48, 52, 55 %)": the median of the rounds' throughput ratios, then each round's. */
    private static String ratios(List<Stats> measured, List<Stats> ceiling) {
        double[] each = new double[measured.size()];
        for (int round = 0; round < each.length; round++) {
            each[round] = 100 * measured.get(round).throughput() / ceiling.get(round).throughput();
        }
        return median(each, "%");
    }

    /** "52 ms (48, 52, 55 ms)": the median of the measurements, then each one. */
    private static String median(double[] each, String unit) {
        return String.format(Locale.ROOT, "%.0f %s (%s %s)", new Median().evaluate(each), unit, Arrays.stream(each)
                .mapToObj(value -> String.format(Locale.ROOT, "%.0f", value)).collect(Collectors.joining(", ")), unit);
    }

    /** Runs {@link #CLIENTS} virtual-thread clients for {@code duration}: mixed traffic, or only {@code only}. */
    private static Map<Kind, Stats> run(Traffic traffic, Duration duration, Kind only) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        List<Future<Map<Kind, Stats>>> clients = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(threads.submit(() -> {
                    Map<Kind, Stats> mine = new EnumMap<>(Kind.class);
                    while (System.nanoTime() < end) {
                        Kind kind = only != null ? only : traffic.pick();
                        long start = System.nanoTime();
                        boolean ok = traffic.call(kind);
                        mine.computeIfAbsent(kind, k -> new Stats(k, duration)).add(System.nanoTime() - start, ok);
                    }
                    return mine;
                }));
            }
        }
        Map<Kind, Stats> all = new EnumMap<>(Kind.class);
        for (Future<Map<Kind, Stats>> client : clients) {
            client.get().forEach((kind, stats) -> all.merge(kind, stats, Stats::merge));
        }
        return all;
    }

    /**
     * Requests of one class sent at a fixed {@code rate} whether or not earlier ones have answered (open loop); each
     * latency counts from the request's scheduled time, so a stalled server is not hidden by fewer requests.
     */
    private static Stats paced(Traffic traffic, Kind kind, double rate, Duration duration) {
        Stats stats = new Stats(kind, duration);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long scheduled = start; scheduled < start + duration.toNanos(); scheduled += interval) {
                long due = scheduled;
                LockSupport.parkNanos(due - System.nanoTime());
                threads.submit(() -> {
                    boolean ok = traffic.call(kind);
                    long latency = System.nanoTime() - due;
                    synchronized (stats) {
                        stats.add(latency, ok);
                    }
                });
            }
        }
        return stats;
    }

    /** The requests of each class, with random officers, credential numbers, agencies and pages. */
    private static final class Traffic {
        private final String base;
        private final List<Seeded> officers;
        private final int year;
        private final long[] tokenOfficers = new long[OFFICER_TOKENS];
        private final String[] officerTokens = new String[OFFICER_TOKENS];
        private final String judicial;
        private volatile String firstError;

        Traffic(ApiClient api, List<Seeded> officers, int year) throws Exception {
            this.base = api.base().toString();
            this.officers = officers;
            this.year = year;
            this.judicial = api.devToken("judicial-load", "judicial");
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < OFFICER_TOKENS; i++) {
                    int slot = i;
                    done.add(threads.submit(() -> {
                        Seeded officer = officers.get(ThreadLocalRandom.current().nextInt(officers.size()));
                        tokenOfficers[slot] = officer.id();
                        officerTokens[slot] = api.devToken(String.valueOf(officer.id()), "officer");
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }
        }

        Kind pick() {
            int roll = ThreadLocalRandom.current().nextInt(100);
            for (Kind kind : Kind.values()) {
                roll -= kind.weight;
                if (roll < 0) {
                    return kind;
                }
            }
            throw new IllegalStateException();
        }

        boolean call(Kind kind) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            HttpRequest.Builder request;
            int expected = 200;
            switch (kind) {
                case VERIFY -> request = get("/public/v1/credentials/"
                        + officers.get(random.nextInt(officers.size())).credentialNumber());
                case ROSTER -> request = get(random.nextInt(4) == 0
                        ? "/public/v1/officers?q=" + java.net.URLEncoder.encode(officers.get(random.nextInt(officers.size()))
                        .name(), java.nio.charset.StandardCharsets.UTF_8) + "&page=1&size=20"
                        : "/public/v1/officers?agency=" + DataSet.AGENCIES.get(random.nextInt(DataSet.AGENCIES.size()))
                        + "&page=" + (1 + random.nextInt(50)) + "&size=20");
                case CREDITS -> {
                    int slot = random.nextInt(OFFICER_TOKENS);
                    request = get("/api/v1/officers/" + tokenOfficers[slot] + "/training?year=" + year)
                            .header("Authorization", officerTokens[slot]);
                }
                case WRITE -> {
                    long officerId = officers.get(random.nextInt(officers.size())).id();
                    request = HttpRequest.newBuilder(URI.create(base + "/api/v1/officers/" + officerId + "/exams"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .header("Authorization", judicial)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"PROFESSIONAL_LAW\",\"passed\":true,"
                                    + "\"score\":" + (60 + random.nextInt(40)) + ",\"takenOn\":\"" + TestClock.today().minusDays(1) + "\"}"));
                    expected = 201;
                }
                case CONSTANT -> request = get("/public/probe/constant");
                default -> throw new IllegalStateException(kind.name());
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != expected && firstError == null) {
                    firstError = kind + " " + response.uri() + " -> " + response.statusCode() + " " + response.body();
                }
                return response.statusCode() == expected;
            } catch (IOException e) {
                firstError = firstError == null ? kind + ": " + e : firstError;
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        }
    }

    /** Latencies (exact percentiles over every sample), count and errors of one endpoint class. */
    static final class Stats {
        static final String HEADER = String.format(Locale.ROOT, "%-9s %10s %10s %9s %9s %9s %7s%n",
                "class", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
        private final String name;
        private final Duration duration;
        private long[] nanos = new long[1024];
        private int count;
        private long errors;

        Stats(Kind kind, Duration duration) {
            this(kind.label(), duration);
        }

        private Stats(String name, Duration duration) {
            this.name = name;
            this.duration = duration;
        }

        void add(long latencyNanos, boolean ok) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latencyNanos;
            errors += ok ? 0 : 1;
        }

        /** The samples of two clients over the same time. */
        Stats merge(Stats other) {
            return combined(other, duration);
        }

        /** This measurement and {@code next}, taken one after the other: the samples of both over both durations. */
        Stats followedBy(Stats next) {
            return combined(next, duration.plus(next.duration));
        }

        private Stats combined(Stats other, Duration over) {
            Stats merged = new Stats(name, over);
            merged.nanos = Arrays.copyOf(nanos, count + other.count);
            System.arraycopy(other.nanos, 0, merged.nanos, count, other.count);
            merged.count = count + other.count;
            merged.errors = errors + other.errors;
            Arrays.sort(merged.nanos, 0, merged.count);
            return merged;
        }

        static Stats total(java.util.Collection<Stats> all) {
            Stats total = new Stats("all", all.iterator().next().duration);
            for (Stats stats : all) {
                total = total.merge(stats);
            }
            return total;
        }

        long errors() {
            return errors;
        }

        String name() {
            return name;
        }

        long requests() {
            return count;
        }

        double throughput() {
            return count / (duration.toNanos() / 1e9);
        }

        /** The exact q-quantile in milliseconds (samples are sorted by {@link #merge}). */
        double percentile(double q) {
            if (count == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) Math.ceil(q * count) - 1)] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%-9s %10d %10.0f %9.2f %9.2f %9.2f %7d%n", name, count, throughput(),
                    percentile(0.50), percentile(0.99), percentile(1.0), errors);
        }
    }

    /**
     * Starts and stops the server once, so that it migrates the empty database. Retried: on a saturated machine the
     * first connection to a new H2 file can take longer than the pool's fixed 3 s connection timeout.
     */
    private static void migrate(Path dataDir, List<String> options, Path probe) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try (ServerProcess migrate = ServerProcess.launchWith(dataDir, options, probe)) {
                migrate.awaitUp();
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.println("the migrating start failed (attempt " + attempt + "), again: "
                        + e.getMessage().lines().filter(line -> line.contains("Exception")).findFirst().orElse(""));
            }
        }
    }

    /**
     * {@link #STARTS} starts of a plain JVM and as many with the JDK's AOT cache (JDK 25+), alternating, each measured
     * to ready and stopped; a training run records the cache first ({@code -XX:AOTCacheOutput}, exiting once started).
     * Medians, as the report's line: one start alone moved by seconds with the shared machine's load.
     */
    private static String startups(Path dataDir, List<String> options, Path probe, Path work) throws Exception {
        int jdk = Runtime.version().feature();
        List<String> cached = jdk >= 25 ? withTrainedAotCache(dataDir, options, probe, work) : null;
        double[] plain = new double[STARTS];
        double[] aot = new double[STARTS];
        for (int start = 0; start < STARTS; start++) {
            plain[start] = startToReadyMs(dataDir, options, probe);
            if (cached != null) {
                aot[start] = startToReadyMs(dataDir, cached, probe);
            }
        }
        return String.format(Locale.ROOT, "start-up to /health/ready UP, median of %d alternating starts: %s; with the "
                + "JDK's AOT cache: %s (aim < 5000 ms)%n", STARTS, median(plain, "ms"), cached != null
                ? median(aot, "ms") : "not measured (it needs JDK 25 or later, this is " + jdk + ")");
    }

    /** The server's options with the AOT cache that a training start (exiting once started) has just recorded. */
    private static List<String> withTrainedAotCache(Path dataDir, List<String> options, Path probe, Path work)
            throws Exception {
        Path cache = work.resolve("zhifa.aot");
        Files.deleteIfExists(cache);
        List<String> training = new ArrayList<>(options);
        training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dzhifa.exit-when-started=true"));
        try (ServerProcess server = ServerProcess.launchWith(dataDir, training, probe)) {
            int status = server.awaitExit();
            if (status != 0 || !Files.exists(cache)) {
                throw new IllegalStateException("the AOT training run ended with " + status + ", cache written: "
                        + Files.exists(cache));
            }
        }
        List<String> cached = new ArrayList<>(options);
        cached.add("-XX:AOTCache=" + cache);
        return cached;
    }

    private static long startToReadyMs(Path dataDir, List<String> options, Path probe) throws Exception {
        try (ServerProcess server = ServerProcess.launchWith(dataDir, options, probe)) {
            return awaitUpClosely(server, server.api()) / 1_000_000;
        }
    }

    /** Polls /health/ready every 10 ms from the process start; the nanoseconds until it answered 200. */
    private static long awaitUpClosely(ServerProcess server, ApiClient api) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(120).toNanos()) {
            try {
                if (api.get("/health/ready", null).status() == 200) {
                    return System.nanoTime() - start;
                }
            } catch (java.io.UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        server.awaitUp();
        throw new IllegalStateException("not ready");
    }

    /**
     * A jar with the probe resource and a beans.xml of its own, for the server's class path (a jar, not a directory:
     * the JDK's AOT cache accepts only jars on the class path).
     */
    private static Path probeClasspath(Path work) throws IOException {
        Path jar = work.resolve("probe.jar");
        String resource = "cn/zhifa/app/probe/ConstantResource.class";
        Files.createDirectories(work);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var in = LoadRun.class.getClassLoader().getResourceAsStream(resource)) {
            out.putNextEntry(new JarEntry(resource));
            in.transferTo(out);
            out.putNextEntry(new JarEntry("META-INF/beans.xml"));
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return jar;
    }

    /** Heap used after a full GC, from {@code jcmd GC.heap_info}, in bytes. */
    private static long heapUsedAfterGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + ": " + output);
        }
        return output;
    }

    /** The pinned-thread events of the recording, counted by their top application frames. */
    private static Map<String, Integer> pinnedStacks(Path recording) throws IOException {
        Map<String, Integer> stacks = new TreeMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.VirtualThreadPinned")) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace() == null ? List.of() : event.getStackTrace().getFrames();
            String top = frames.stream().limit(6).map(frame -> frame.getMethod().getType().getName() + "."
                    + frame.getMethod().getName() + ":" + frame.getLineNumber()).reduce((x, y) -> x + " < " + y).orElse("?");
            stacks.merge(top, 1, Integer::sum);
        }
        return stacks;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
