package cn.zhifa.training.bench;

import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.testing.CredentialTables.NewOfficer;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.training.service.AttendanceImportService;
import cn.zhifa.training.service.ComplianceScope;
import cn.zhifa.training.service.ComplianceService;
import cn.zhifa.training.service.CourseDraft;
import cn.zhifa.training.service.CourseService;
import cn.zhifa.training.service.CreditService;
import cn.zhifa.training.service.ImportOutcome;
import io.helidon.microprofile.server.Server;
import jakarta.enterprise.inject.spi.CDI;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Loads 100,000 officers and 2,000,000 attendance rows into a fresh database and prints the import
 * rate, the time of the full-year compliance report for all officers, and the median time of one
 * officer's credits. It runs the real services (in a started server), so
 * the figures include parsing, validation, the yearly totals and the audit record.
 *
 * <p>Usage: {@code TrainingBenchmark h2|mariadb}. Run through Maven: {@code mvn -o -pl training-service
 * -Pbench verify} (docs/training.md). MariaDB at {@code 127.0.0.1:3306}, user root (override with
 * {@code -Dbench.mysql.url=jdbc:mysql://host:port/ -Dbench.mysql.user= -Dbench.mysql.password=}; the server's
 * buffer pool for the run with {@code -Dbench.mysql.buffer-pool-mb=}).
 */
public final class TrainingBenchmark {
    private static final int OFFICERS = Integer.getInteger("bench.officers", 100_000);
    private static final int COURSES = 1_000;
    /** Each officer attends this many distinct courses: one per import file. */
    private static final int FILES = Integer.getInteger("bench.files", 20);
    private static final int YEAR = 2025;
    private static final int CREDIT_CALLS = 1_000;
    private static final List<String> AGENCIES = List.of("500000001", "500000002", "500115001", "500115002",
            "500115003", "500115004", "500115005", "500115006", "500115007", "500115011", "500115012", "500115021",
            "500115022", "500101002", "500103002");
    private static final String[] CATEGORIES = {"COMPREHENSIVE_LAW", "PROFESSIONAL_LAW", "LAW_UPDATE", "POLITICAL",
            "OTHER"};
    private static final String COURSE_HOURS = "8";
    /** Credited hours, drawn per attendance: about 63 legal hours a year on average, so some officers comply. */
    private static final String[] HOURS = {"3", "4.5", "6", "7.5"};

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "h2";
        Path work = Path.of("target", "bench", target);
        deleteRecursively(work);
        Files.createDirectories(work);
        Database database = target.equals("mariadb") ? Database.mariadb() : Database.h2(work);
        System.setProperty("zhifa.db.url", database.url);
        System.setProperty("zhifa.db.user", database.user);
        System.setProperty("zhifa.db.password", database.password);
        System.setProperty("zhifa.data-dir", work.resolve("data").toString());
        System.setProperty("zhifa.demo.enabled", "false");
        System.setProperty("zhifa.security.dev-tokens.enabled", "true");
        System.setProperty("zhifa.security.dev-tokens.force", "true");
        System.setProperty("server.port", "0");
        // The production defaults, over the tests' small chunks (same classpath).
        System.setProperty("zhifa.training.import.chunk-size", "2000");
        System.setProperty("zhifa.training.import.max-reported-errors", "1000");
        System.out.printf("training-service benchmark on %s: %,d officers, %,d attendance rows%n", database.description,
                OFFICERS, (long) OFFICERS * FILES);
        Server server = null;
        try {
            server = Server.builder().build().start();
            run(CDI.current(), database, work);
        } finally {
            if (server != null) {
                server.stop();
            }
            database.drop();
        }
    }

    private static void run(CDI<Object> container, Database database, Path work) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(database.url, database.user, database.password)) {
            connection.setAutoCommit(false);
            CredentialTables.write(connection, IntStream.range(0, OFFICERS)
                    .mapToObj(i -> NewOfficer.regular("人员" + i, AGENCIES.get(i % AGENCIES.size()), null)).toList());
            connection.commit();
        }
        List<Long> officers = officerIds(database);
        System.out.printf("officers loaded:          %,d in %.1f s%n", officers.size(), seconds(start));

        start = System.nanoTime();
        CourseService courses = container.select(CourseService.class).get();
        List<Long> courseIds = new ArrayList<>(COURSES);
        for (int c = 0; c < COURSES; c++) {
            LocalDate day = LocalDate.of(YEAR, 1 + c % 12, 1 + c % 28);
            courseIds.add(courses.create(new CourseDraft("课程" + c, CATEGORIES[c % CATEGORIES.length],
                    AGENCIES.get(c % AGENCIES.size()), new BigDecimal(COURSE_HOURS), day, day, "OFFLINE",
                    null)).id());
        }
        System.out.printf("courses created:          %,d in %.1f s%n", COURSES, seconds(start));

        List<Path> files = writeFiles(work, officers, courseIds);
        AttendanceImportService imports = container.select(AttendanceImportService.class).get();
        long rows = 0;
        start = System.nanoTime();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                ImportOutcome outcome = imports.importFile(in, TableFormat.CSV, Optional.empty(),
                        Optional.of(file.getFileName().toString()), Optional.of(YEAR));
                rows += outcome.batch().rowCount();
            }
        }
        double importSeconds = seconds(start);
        System.out.printf("import:                   %,d rows in %.1f s = %,.0f rows/s (%d files)%n", rows,
                importSeconds, rows / importSeconds, files.size());

        ComplianceService compliance = container.select(ComplianceService.class).get();
        ComplianceScope scope = compliance.scope(YEAR, Optional.empty(), Optional.of(LocalDate.of(YEAR + 1, 1, 15)));
        List<Double> reportSeconds = new ArrayList<>();
        long listed = 0;
        for (int run = 0; run < 3; run++) {
            AtomicLong count = new AtomicLong();
            AtomicLong compliant = new AtomicLong();
            start = System.nanoTime();
            compliance.export(scope, entry -> {
                count.incrementAndGet();
                if (entry.assessment().compliant()) {
                    compliant.incrementAndGet();
                }
            });
            reportSeconds.add(seconds(start));
            listed = count.get();
            if (run == 0) {
                System.out.printf("report content:           %,d officers, %,d compliant%n", listed, compliant.get());
            }
        }
        System.out.printf("full-year report:         %,d officers in %s s (3 runs), median %.2f s%n", listed,
                reportSeconds.stream().map(s -> String.format("%.2f", s)).toList(), median(reportSeconds));
        start = System.nanoTime();
        compliance.page(scope, PageRequest.of(1, 20));
        System.out.printf("report first page:        %.0f ms%n", seconds(start) * 1000);

        CreditService credits = container.select(CreditService.class).get();
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            credits.year(officers.get(random.nextInt(officers.size())), YEAR);
        }
        List<Double> millis = new ArrayList<>(CREDIT_CALLS);
        for (int i = 0; i < CREDIT_CALLS; i++) {
            long id = officers.get(random.nextInt(officers.size()));
            long t = System.nanoTime();
            credits.year(id, YEAR);
            millis.add((System.nanoTime() - t) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        System.out.printf("one officer's credits:    median %.2f ms, p95 %.2f ms (%,d calls)%n", median(millis),
                millis.get((int) (millis.size() * 0.95)), CREDIT_CALLS);
    }

    /** One file per round: every officer attends one more course, 51 courses further on (all distinct). */
    private static List<Path> writeFiles(Path work, List<Long> officers, List<Long> courseIds) throws IOException {
        List<Path> files = new ArrayList<>(FILES);
        for (int f = 0; f < FILES; f++) {
            Path file = work.resolve(String.format("attendance-%02d.csv", f));
            Random random = new Random(f);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("courseId,officerId,hours\n");
                for (int i = 0; i < officers.size(); i++) {
                    int course = (7 * i + 51 * f) % COURSES;
                    out.write(courseIds.get(course) + "," + officers.get(i) + "," + HOURS[random.nextInt(HOURS.length)]
                            + "\n");
                }
            }
            files.add(file);
        }
        return files;
    }

    private static List<Long> officerIds(Database database) throws SQLException {
        List<Long> ids = new ArrayList<>(OFFICERS);
        try (Connection connection = DriverManager.getConnection(database.url, database.user, database.password);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT officer_id FROM cred_v_officer ORDER BY officer_id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private record Database(String url, String user, String password, String description, Runnable dropper) {
        static Database h2(Path work) {
            return new Database("jdbc:h2:file:" + work.toAbsolutePath().resolve("zhifa")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "", "H2 (embedded file, MySQL mode)", () -> { });
        }

        /**
         * A fresh database on the server. With {@code -Dbench.mysql.buffer-pool-mb=N} the server's InnoDB buffer pool
         * is resized for the run (MariaDB 10.2+ and MySQL 5.7+ resize it online) and set back afterwards: the
         * Debian default of 128 MiB is far below what a server holding this data would be given.
         */
        static Database mariadb() throws SQLException {
            String server = System.getProperty("bench.mysql.url", "jdbc:mysql://127.0.0.1:3306/");
            String user = System.getProperty("bench.mysql.user", "root");
            String password = System.getProperty("bench.mysql.password", "");
            String params = "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&sslMode=DISABLED"
                    + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
            String admin = server + params;
            String name = "zhifa_bench_" + System.currentTimeMillis();
            execute(admin, user, password,
                    "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            long originalPool = bufferPoolBytes(admin, user, password);
            long wantedMb = Long.getLong("bench.mysql.buffer-pool-mb", 0);
            if (wantedMb > 0) {
                resizeBufferPool(admin, user, password, wantedMb << 20);
            }
            String version;
            try (Connection connection = DriverManager.getConnection(admin, user, password)) {
                version = connection.getMetaData().getDatabaseProductVersion();
            }
            String description = String.format("MariaDB/MySQL %s (%s), InnoDB buffer pool %d MiB", version, name,
                    bufferPoolBytes(admin, user, password) >> 20);
            return new Database(server + name + params, user, password, description, () -> {
                try {
                    execute(admin, user, password, "DROP DATABASE " + name);
                    if (wantedMb > 0) {
                        resizeBufferPool(admin, user, password, originalPool);
                    }
                } catch (SQLException e) {
                    System.err.println("could not drop " + name + " or restore the buffer pool: " + e.getMessage());
                }
            });
        }

        private static long bufferPoolBytes(String url, String user, String password) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT @@innodb_buffer_pool_size")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** Resizes and waits until the server reports a new size (the resize runs in the background; it rounds). */
        private static void resizeBufferPool(String url, String user, String password, long bytes) throws SQLException {
            long before = bufferPoolBytes(url, user, password);
            if (before == bytes) {
                return;
            }
            execute(url, user, password, "SET GLOBAL innodb_buffer_pool_size = " + bytes);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (bufferPoolBytes(url, user, password) == before && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void drop() {
            dropper.run();
        }

        private static void execute(String url, String user, String password, String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
