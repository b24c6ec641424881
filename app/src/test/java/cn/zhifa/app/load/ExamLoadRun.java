package cn.zhifa.app.load;

import cn.zhifa.app.PageTrainingExercise;
import cn.zhifa.app.ServerProcess;
import cn.zhifa.app.instances.AuditChain;
import cn.zhifa.app.instances.FreshDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.CredentialTables.Seeded;
import cn.zhifa.platform.testing.TestClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The exam day of issue 18 against MariaDB: {@code exam.load.candidates} candidates (5,000) sit one exam in one
 * window, each saving an answer every {@code exam.load.interval-seconds} (20) on average (exponential waits, so 250
 * saves/s at 5,000), having opened the exam page first and opening it again now and then (a page load: the page, its
 * stylesheet and every script module it imports, revalidated with the ETag a browser keeps, then the sitting), for
 * {@code exam.load.seconds}; the generator logs every
 * save the server acknowledged, and afterwards the database must hold each candidate's last acknowledged answer to
 * every question (0 lost). Then every sitting's time is ended at once and the server's timeout job must score them
 * all; the time until the last is submitted is printed. Prints throughput, p50/p99/max latency and errors per class.
 *
 * <p>With {@code exam.load.instances=2} two servers share the database (and the data directory, for the token keys),
 * each candidate talking to one; with {@code exam.load.kill-at-seconds=T} the first is killed (kill -9) T seconds into
 * the load: its candidates' requests that fail are sent again to the other, where they carry on. No answer either
 * instance acknowledged may be missing, and the other instance must have acknowledged saves of the moved candidates.
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl app -am -Pexam-load -DskipTests verify} (docs/performance.md); properties
 * {@code exam.load.candidates}, {@code exam.load.seconds} (120), {@code exam.load.interval-seconds},
 * {@code load.mysql.url} (jdbc:mysql://127.0.0.1:3306/), {@code load.mysql.user} (root), {@code load.mysql.password},
 * {@code load.server-options} (the servers' JVM options, space-separated, e.g. a setting to compare),
 * {@code exam.load.aot} (true: the servers start with the JDK's AOT cache that the server's training mode records
 * first, {@code zhifa.aot.training}; docs/operations.md, "Start-up").
 * Fails (exit 1) on any error, any lost answer, or an invalid audit chain.
 */
public final class ExamLoadRun {
    private static final int CANDIDATES = Integer.getInteger("exam.load.candidates", 5_000);
    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("exam.load.seconds", 120));
    private static final double INTERVAL_SECONDS = Double.parseDouble(System.getProperty("exam.load.interval-seconds", "20"));
    private static final int INSTANCES = Integer.getInteger("exam.load.instances", 1);
    private static final int KILL_AT_SECONDS = Integer.getInteger("exam.load.kill-at-seconds", -1);
    /** Start the servers with the JDK's AOT cache of a training run of the server's own requests (JDK 25+). */
    private static final boolean AOT = Boolean.getBoolean("exam.load.aot");
    private static final int PER_DIFFICULTY = 40;
    private static final int RELOAD_EVERY = 15;
    /** The first seconds of the load, reported apart as well: the server's save path is cold (JIT) then. */
    private static final int WARM_UP_SECONDS = 20;

    private ExamLoadRun() {
    }

    /** One class of requests: latencies in microseconds and failures. */
    private static final class Measured {
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

        void record(long startedNanos, Reply response, int expected) {
            micros.add((System.nanoTime() - startedNanos) / 1_000);
            if (response.status() != expected) {
                if (errors.incrementAndGet() <= 5) {
                    firstErrors.add(response.status() + " " + response.uri() + " " + response.body());
                }
            }
        }

        String line(String name, double seconds) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return String.format(Locale.ROOT, "%-14s none", name);
            }
            return String.format(Locale.ROOT, "%-14s %,9d requests %8.1f/s  p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d",
                    name, sorted.size(), sorted.size() / seconds, at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0,
                    sorted.getLast() / 1000.0, errors.get());
        }

        private static long at(List<Long> sorted, double share) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
        }
    }

    /**
     * A candidate's sitting as the generator knows it: the paper's question ids with their types and option counts,
     * and the instance it talks to (it moves to the other when its own is killed).
     */
    private record Sitting(long officerId, String token, long id, List<long[]> questions, AtomicInteger server) {
    }

    /** The exam page as a browser loads it: the page, its stylesheet and its script modules, found by their imports. */
    private record PageFiles(List<String> paths) {

        static PageFiles of(ApiClient api, String page) {
            return new PageFiles(PageTrainingExercise.files(page, path -> api.get(path, null).expect(200).body()));
        }

        /**
         * One load of the page and the sitting; {@code cache} is the candidate's browser cache (path → ETag). The
         * answer is the first that is neither 200 nor 304, else the sitting's.
         */
        Reply load(ApiClient api, Sitting s, Map<String, String> cache) {
            for (String path : paths) {
                String etag = cache.get(path);
                Reply file = api.send("GET", path, null, null, null, etag == null ? Map.of() : Map.of("If-None-Match", etag));
                if (file.status() != 200 && file.status() != 304) {
                    return file;
                }
                if (file.header("ETag") != null) {
                    cache.put(path, file.header("ETag"));
                }
            }
            return api.get("/api/v1/sittings/" + s.id(), s.token());
        }
    }

    /**
     * The instances: each candidate talks to one ({@code officer index % instances}); after the kill -9 of the first,
     * a request to it that fails (connection refused or cut) is sent again to the next, and the candidate stays there.
     */
    private static final class Instances {
        final List<ServerProcess> servers;
        final boolean[] dead;
        final AtomicInteger failedOver = new AtomicInteger();
        final AtomicInteger savedElsewhereAfterKill = new AtomicInteger();
        volatile long killedAtNanos;

        Instances(List<ServerProcess> servers) {
            this.servers = servers;
            this.dead = new boolean[servers.size()];
        }

        ApiClient api(int server) {
            return servers.get(server).api();
        }

        /** The request on the candidate's instance; on a dead one, again on the next live one, where it stays. */
        Reply send(AtomicInteger server, java.util.function.Function<ApiClient, Reply> request) {
            while (true) {
                int at = server.get();
                try {
                    return request.apply(api(at));
                } catch (RuntimeException e) {
                    if (!dead[at]) {
                        throw e;
                    }
                    server.compareAndSet(at, (at + 1) % servers.size());
                    failedOver.incrementAndGet();
                }
            }
        }

        void kill(int server) throws InterruptedException {
            dead[server] = true;
            servers.get(server).kill();
            killedAtNanos = System.nanoTime();
        }

        ApiClient live() {
            for (int i = 0; i < servers.size(); i++) {
                if (!dead[i]) {
                    return api(i);
                }
            }
            throw new IllegalStateException("no live instance");
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target", "exam-load").toAbsolutePath();
        Path dataDir = work.resolve("data");
        Files.createDirectories(dataDir);
        int failures = 0;
        try (FreshDatabase database = FreshDatabase.create(System.getProperty("load.mysql.url", "jdbc:mysql://127.0.0.1:3306/"),
                System.getProperty("load.mysql.user", "root"), System.getProperty("load.mysql.password", ""), "examload")) {
            List<String> options = new ArrayList<>(database.serverProperties());
            // the generator's judicial bureau acts for no agency (a province's exam office registers officers of every agency)
            options.addAll(List.of("-Dzhifa.demo.enabled=false", "-Dzhifa.exam.timeout-job.interval-seconds=1", "-Xmx1g",
                    "-Dzhifa.security.unscoped-staff-allowed=true"));
            options.addAll(Arrays.stream(System.getProperty("load.server-options", "").split(" ")).filter(o -> !o.isBlank()).toList());
            if (AOT) {
                options.add("-XX:AOTCache=" + trainedCache(work));
            }
            // one data directory: the instances sign and verify development tokens with the same key pair
            List<ServerProcess> servers = new ArrayList<>();
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    // one after the other: the first migrates the database and makes the key pair
                    servers.add(ServerProcess.launchWith(dataDir, options));
                    servers.getLast().awaitUp();
                }
                failures = run(new Instances(servers), database);
            } finally {
                for (ServerProcess server : servers) {
                    server.close();
                }
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /**
     * The AOT cache the product's training mode records ({@code zhifa.aot.training=true}: the server sends the exam
     * sitting, the pages and the common reads to itself on a scratch embedded database, then exits), with the heap
     * option the servers run with (the cache wants compatible options); the training run's log stays in its directory.
     * A cache newer than the packaged jar, from an earlier run, is used again.
     */
    private static Path trainedCache(Path work) throws Exception {
        Path dir = work.resolve("aot-training");
        Path cache = work.resolve("server.aot");
        if (Files.exists(cache) && Files.getLastModifiedTime(cache).compareTo(
                Files.getLastModifiedTime(Path.of("target", "zhifa.jar"))) > 0) {
            System.out.printf(Locale.ROOT, "AOT cache of an earlier run reused (newer than the jar): %,d bytes%n",
                    Files.size(cache));
            return cache;
        }
        Files.deleteIfExists(cache);
        long t0 = System.nanoTime();
        try (ServerProcess training = ServerProcess.launchWith(dir, List.of("-Xmx1g", "-XX:AOTCacheOutput=" + cache,
                "-Dzhifa.aot.training=true"))) {
            int status = training.awaitExit();
            if (status != 0 || !Files.exists(cache)) {
                throw new IllegalStateException("the AOT training run ended with " + status + ", cache written: "
                        + Files.exists(cache) + "; its log is in " + dir);
            }
        }
        System.out.printf(Locale.ROOT, "AOT cache trained in %.1f s: %,d bytes%n", (System.nanoTime() - t0) / 1e9,
                Files.size(cache));
        return cache;
    }

    private static int run(Instances instances, FreshDatabase database) throws Exception {
        ApiClient api = instances.api(0);
        System.out.printf(Locale.ROOT, "%n=== Exam day on MariaDB: %,d candidates, a save every %.0f s each, %d s, %d instance(s)%s%s ===%n",
                CANDIDATES, INTERVAL_SECONDS, LOAD.toSeconds(), INSTANCES, AOT ? ", trained AOT cache" : "",
                KILL_AT_SECONDS >= 0 && INSTANCES > 1 ? ", kill -9 of the first after " + KILL_AT_SECONDS + " s" : "");
        List<Seeded> officers;
        try (Connection connection = database.connect()) {
            officers = DataSet.officers(connection, CANDIDATES, TestClock.today().getYear());
        }
        String judicial = api.devToken("judicial-exam-load", "judicial");
        StringBuilder bank = new StringBuilder("code,topic,type,stem,optionA,optionB,optionC,optionD,answer,difficulty\n");
        for (String difficulty : List.of("EASY", "MEDIUM", "HARD")) {
            for (int i = 0; i < PER_DIFFICULTY; i++) {
                String code = "LOAD-" + difficulty.charAt(0) + i;
                bank.append(switch (i % 3) {
                    case 0 -> code + ",COMPREHENSIVE_LAW,SINGLE,题" + code + ",甲,乙,丙,丁,B," + difficulty + "\n";
                    case 1 -> code + ",COMPREHENSIVE_LAW,MULTIPLE,题" + code + ",甲,乙,丙,丁,ACD," + difficulty + "\n";
                    default -> code + ",COMPREHENSIVE_LAW,TRUE_FALSE,题" + code + ",,,,,A," + difficulty + "\n";
                });
            }
        }
        api.postCsv("/api/v1/exam-questions/import", bank.toString(), judicial).expect(200);
        OffsetDateTime opens = OffsetDateTime.now(TestClock.clock()).plusSeconds(20);
        JsonObject exam = api.post("/api/v1/exams", "{\"name\":\"压力测试\",\"kind\":\"COMPREHENSIVE_LAW\","
                + "\"blueprint\":[{\"difficulty\":\"EASY\",\"count\":20},{\"difficulty\":\"MEDIUM\",\"count\":20},"
                + "{\"difficulty\":\"HARD\",\"count\":10}],\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + opens.plusHours(4)
                + "\",\"durationMinutes\":180,\"passMark\":60}", judicial).expect(201).json();
        long examId = exam.getJsonNumber("id").longValue();
        String ids = officers.stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(","));
        api.post("/api/v1/exams/" + examId + "/candidates", "{\"officerIds\":[" + ids + "]}", judicial).expect(200);
        Map<Long, String> tokens = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Seeded o : officers) {
                pool.submit(() -> tokens.put(o.id(), api.devToken(String.valueOf(o.id()), "officer")));
            }
        }
        long wait = Duration.between(OffsetDateTime.now(TestClock.clock()), opens).toMillis() + 1_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }

        Measured starts = new Measured();
        List<Sitting> sittings = Collections.synchronizedList(new ArrayList<>());
        long startPhase = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < officers.size(); i++) {
                Seeded o = officers.get(i);
                AtomicInteger server = new AtomicInteger(i % INSTANCES);
                pool.submit(() -> {
                    long t0 = System.nanoTime();
                    Reply response = instances.api(server.get()).post("/api/v1/exams/" + examId + "/sittings",
                            "{\"device\":\"load-" + o.id() + "\"}", tokens.get(o.id()));
                    starts.record(t0, response, 200);
                    if (response.status() == 200) {
                        JsonObject s = response.json();
                        List<long[]> questions = s.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                                .map(q -> new long[] {q.getJsonNumber("id").longValue(),
                                        q.getString("type").equals("MULTIPLE") ? 1 : 0, q.getJsonArray("options").size()})
                                .toList();
                        sittings.add(new Sitting(o.id(), tokens.get(o.id()), s.getJsonNumber("id").longValue(), questions,
                                server));
                    }
                });
            }
        }
        double startSeconds = (System.nanoTime() - startPhase) / 1e9;

        Measured saves = new Measured();
        Measured warmSaves = new Measured();
        Measured pageLoads = new Measured();
        PageFiles page = PageFiles.of(instances.live(), "/exam.html");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        long end = System.nanoTime() + LOAD.toNanos();
        long loadStarted = System.nanoTime();
        try (ExecutorService candidates = Executors.newVirtualThreadPerTaskExecutor()) {
            if (KILL_AT_SECONDS >= 0 && INSTANCES > 1) {
                candidates.submit(() -> {
                    Thread.sleep(KILL_AT_SECONDS * 1000L);
                    instances.kill(0);
                    return null;
                });
            }
            for (Sitting s : sittings) {
                candidates.submit(() -> sit(instances, page, s, end, saves, warmSaves, pageLoads, acknowledged));
            }
        }
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        int lost = lostAnswers(database, acknowledged);
        long scoring = scoreAll(database, examId, sittings.size());
        boolean auditValid = AuditChain.valid(instances.live());

        System.out.println(starts.line("start sitting", startSeconds));
        System.out.println(saves.line("save answer", loadSeconds));
        System.out.println(warmSaves.line("  after " + WARM_UP_SECONDS + " s", loadSeconds - WARM_UP_SECONDS));
        System.out.println(pageLoads.line("page load", loadSeconds));
        System.out.println("  a page load: " + page.paths().size() + " files (revalidated with their ETag) and the sitting");
        System.out.printf(Locale.ROOT, "acknowledged answers checked in the database: %,d, lost: %d%n", acknowledged.size(), lost);
        System.out.printf(Locale.ROOT, "scoring all %,d sittings by the timeout job: %.1f s%n", sittings.size(), scoring / 1000.0);
        if (instances.killedAtNanos != 0) {
            System.out.printf(Locale.ROOT, "kill -9 of instance 1 at %.1f s: %,d requests sent again to the other instance, "
                            + "%,d saves of its candidates acknowledged by the other after the kill%n",
                    (instances.killedAtNanos - loadStarted) / 1e9, instances.failedOver.get(),
                    instances.savedElsewhereAfterKill.get());
        }
        System.out.println("audit chain valid: " + auditValid + "; load average " + Files.readString(Path.of("/proc/loadavg")).trim());
        for (Measured m : List.of(starts, saves, pageLoads)) {
            m.firstErrors.forEach(e -> System.out.println("error: " + e));
        }
        boolean carriedOn = instances.killedAtNanos == 0 || instances.savedElsewhereAfterKill.get() > 0;
        return starts.errors.get() + saves.errors.get() + pageLoads.errors.get() + lost + (auditValid ? 0 : 1)
                + (scoring < 0 ? 1 : 0) + (carriedOn ? 0 : 1);
    }

    /** One candidate: the page opened, then a save after each exponential wait and the page again every so often. */
    private static void sit(Instances instances, PageFiles page, Sitting s, long end, Measured saves, Measured warmSaves,
                            Measured pageLoads, Map<String, String> acknowledged) {
        long warm = end - LOAD.toNanos() + Duration.ofSeconds(WARM_UP_SECONDS).toNanos();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int home = s.server().get();
        int n = 0;
        Map<String, String> browserCache = new java.util.HashMap<>();
        try {
            Thread.sleep((long) (random.nextDouble() * INTERVAL_SECONDS * 1000));
            long p0 = System.nanoTime();
            pageLoads.record(p0, instances.send(s.server(), api -> page.load(api, s, browserCache)), 200);
            while (System.nanoTime() < end) {
                long[] q = s.questions().get(random.nextInt(s.questions().size()));
                List<String> keys = new ArrayList<>(Arrays.asList("ABCD".substring(0, (int) q[2]).split("")));
                Collections.shuffle(keys, random);
                List<String> choice = keys.subList(0, q[1] == 1 ? 1 + random.nextInt(keys.size()) : 1);
                String body = "{\"choice\":[" + choice.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(","))
                        + "],\"device\":\"load-" + s.officerId() + "\"}";
                long t0 = System.nanoTime();
                Reply response = instances.send(s.server(),
                        api -> api.put("/api/v1/sittings/" + s.id() + "/answers/" + q[0], body, s.token()));
                saves.record(t0, response, 200);
                if (t0 >= warm) {
                    warmSaves.record(t0, response, 200);
                }
                if (response.status() == 200) {
                    acknowledged.put(s.id() + "/" + q[0], choice.stream().sorted().collect(Collectors.joining()));
                    if (s.server().get() != home) {
                        instances.savedElsewhereAfterKill.incrementAndGet();
                    }
                }
                if (++n % RELOAD_EVERY == 0) {
                    long r0 = System.nanoTime();
                    pageLoads.record(r0, instances.send(s.server(), api -> page.load(api, s, browserCache)), 200);
                }
                // the next wait, cut at the end of the load (else the phase lasts until the longest wait is over)
                long next = (long) (-Math.log(1 - random.nextDouble()) * INTERVAL_SECONDS * 1000);
                Thread.sleep(Math.max(0, Math.min(next, (end - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            saves.errors.incrementAndGet();
            saves.firstErrors.add(e.toString());
        }
    }

    /** The acknowledged answers the database does not hold as last acknowledged (shown keys mapped to bank keys). */
    private static int lostAnswers(FreshDatabase database, Map<String, String> acknowledged) throws Exception {
        int lost = 0;
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement("SELECT sitting_id, question_id, option_order, choice FROM exm_sitting_question");
             ResultSet rs = s.executeQuery()) {
            Map<String, String[]> stored = new java.util.HashMap<>();
            while (rs.next()) {
                stored.put(rs.getLong(1) + "/" + rs.getLong(2), new String[] {rs.getString(3), rs.getString(4)});
            }
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                String[] row = stored.get(e.getKey());
                String bank = e.getValue().chars().mapToObj(k -> String.valueOf(row[0].charAt(k - 'A'))).sorted()
                        .collect(Collectors.joining());
                if (!bank.equals(row[1])) {
                    lost++;
                }
            }
        }
        return lost;
    }

    /** Ends every sitting's time now and waits until the timeout job submitted all; milliseconds, or -1 after 5 minutes. */
    private static long scoreAll(FreshDatabase database, long examId, int sittings) throws Exception {
        long started;
        try (Connection c = database.connect();
             PreparedStatement end = c.prepareStatement("UPDATE exm_sitting SET ends_at_ms = ? WHERE exam_id = ?")) {
            end.setLong(1, TestClock.clock().millis() - 1);
            end.setLong(2, examId);
            end.executeUpdate();
            started = System.nanoTime();
        }
        while (System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
            long submitted = database.number("SELECT COUNT(*) FROM exm_sitting WHERE exam_id = ? AND submitted_at_ms IS NOT NULL",
                    examId);
            if (submitted >= sittings) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(200);
        }
        return -1;
    }
}
