package cn.zhifa.app.instances;

import cn.zhifa.app.ServerProcess;
import cn.zhifa.app.load.DataSet;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two packaged servers on different ports share one fresh MariaDB database and serve interleaved, concurrent
 * traffic: the daily job of a date runs once, credential numbers are never issued twice, one Idempotency-Key sent
 * to both at once has one effect and one answer, a plan drawn from both is drawn once, and both verify the same
 * audit chain. Needs a database server two processes can share: skipped, with the reason, on H2.
 */
@DatabaseTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {
    private static final int ISSUES = 24;
    private static final int IDEMPOTENT_ROUNDS = 6;

    private static FreshDatabase database;
    private static ServerProcess serverA;
    private static ServerProcess serverB;
    private static ApiClient a;
    private static ApiClient b;

    @BeforeAll
    static void startTwoServers() throws Exception {
        TestDatabase test = TestDatabase.current();
        assumeTrue(test.isMysql(), "needs a database server that two server processes share; the embedded H2 is one process's");
        database = FreshDatabase.create(test.url(), test.user(), test.password(), "two");
        // one data directory: both servers sign and verify development tokens with the same key pair
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-two-");
        serverA = ServerProcess.launchWith(dataDir, database.serverProperties());
        serverA.awaitUp();
        serverB = ServerProcess.launchWith(dataDir, database.serverProperties());
        serverB.awaitUp();
        a = serverA.api();
        b = serverB.api();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {serverB, serverA, database}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = threads.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    /** Runs both calls at the same moment (released by one latch). */
    private static List<Reply> atOnce(Callable<Reply> first, Callable<Reply> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Reply>> calls = new ArrayList<>();
        for (Callable<Reply> call : List.of(first, second)) {
            calls.add(() -> {
                start.await();
                return call.call();
            });
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                futures.add(threads.submit(call));
            }
            start.countDown();
            return List.of(futures.get(0).get(), futures.get(1).get());
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return database.number(sql, parameters);
    }

    @Test
    @Order(1)
    void shouldRunTheDailyJobOfADateOnceThoughBothServersFireIt() throws Exception {
        // each server runs the job of today at start: one inserts the run row, the other is refused by the key
        assertEquals(1, count("SELECT COUNT(*) FROM shr_job_run WHERE job_name = 'credential-daily'"));
        String today = TestClock.today().toString();
        assertEquals(1, count("SELECT COUNT(*) FROM shr_job_run WHERE job_name = 'credential-daily' AND run_key = ?", today));
        long ran = 0;
        for (ServerProcess server : List.of(serverA, serverB)) {
            ran += server.output().lines().filter(line -> line.contains("Credential daily job of " + today)).count();
        }
        assertEquals(1, ran, "exactly one server logs the run of " + today);
    }

    @Test
    @Order(2)
    void shouldNeverIssueACredentialNumberTwiceWhenBothServersIssueAtOnce() throws Exception {
        String hr = a.devTokenFor("500115002", "hr-it", "hr");
        String judicial = a.devTokenFor("500115001", "judicial-it", "judicial");
        List<Long> officers = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            ApiClient api = i % 2 == 0 ? a : b;
            long id = api.json("POST", "/api/v1/officers", officer("执法员" + i, 1000 + i), hr).expect(201).json()
                    .getJsonNumber("id").longValue();
            for (String kind : List.of("COMPREHENSIVE_LAW", "PROFESSIONAL_LAW")) {
                (i % 2 == 0 ? b : a).json("POST", "/api/v1/officers/" + id + "/exams", "{\"kind\":\"" + kind
                        + "\",\"passed\":true,\"score\":90,\"takenOn\":\"" + TestClock.today().minusDays(10) + "\"}", judicial).expect(201);
            }
            officers.add(id);
        }
        List<Callable<String>> issues = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            ApiClient issuer = i % 2 == 0 ? a : b;
            ApiClient verifier = i % 2 == 0 ? b : a;
            long officerId = officers.get(i);
            issues.add(() -> {
                String number = issuer.json("POST", "/api/v1/credentials", "{\"officerId\":" + officerId + "}", judicial).expect(201)
                        .json().getString("number");
                // the public verifies it at once on the other server
                JsonObject verified = verifier.get("/public/v1/credentials/" + number, null).expect(200).json();
                assertEquals("ACTIVE", verified.getString("status"), verified.toString());
                return number;
            });
        }
        List<String> numbers = all(issues);
        assertEquals(ISSUES, new HashSet<>(numbers).size(), "distinct numbers: " + numbers);
        assertEquals(count("SELECT COUNT(*) FROM cred_credential"), count("SELECT COUNT(DISTINCT credential_no) FROM cred_credential"));
    }

    private static String officer(String name, int n) {
        String first17 = "500115" + LocalDate.of(1985, 1, 1).plusDays(n).toString().replace("-", "") + "123";
        String idNumber = first17 + cn.zhifa.platform.identity.ResidentIdChecksum.checkCharacter(first17);
        return Json.createObjectBuilder().add("name", name).add("idNumber", idNumber).add("agencyCode", "500115002")
                .add("position", "科员").add("employmentType", "REGULAR").add("postStatus", "ON_POST")
                .add("categories", Json.createArrayBuilder().add("MARKET_REGULATION"))
                .add("areas", Json.createArrayBuilder().add("500115"))
                .add("legalQualification", false).add("legalReviewer", false).build().toString();
    }

    @Test
    @Order(3)
    void shouldHaveOneEffectAndOneAnswerForAKeySentToBothServersAtOnce() throws Exception {
        String hr = a.devTokenFor("500115002", "hr-idempotent", "hr");
        for (int round = 0; round < IDEMPOTENT_ROUNDS; round++) {
            String key = "two-instances-" + round + "-" + System.nanoTime();
            String body = officer("幂等" + round, 5000 + round);
            List<Reply> pair = atOnce(
                    () -> a.post("/api/v1/officers", body, hr, Map.of("Idempotency-Key", key)),
                    () -> b.post("/api/v1/officers", body, hr, Map.of("Idempotency-Key", key)));
            JsonObject first = null;
            int fresh = 0;
            for (Reply response : pair) {
                // the loser of the race is told the key is in progress (409), or, if the winner had finished, replayed
                assertTrue(response.status() == 201 || response.status() == 409, response.status() + " " + response.body());
                if (response.status() == 201) {
                    if (response.headers().firstValue("Idempotent-Replay").isEmpty()) {
                        fresh++;
                    }
                    first = first == null ? response.json() : first;
                }
            }
            assertEquals(1, fresh, "exactly one of the two requests did the work: " + pair.get(0).body() + " / " + pair.get(1).body());
            for (ApiClient api : List.of(a, b)) {
                Reply again = api.post("/api/v1/officers", body, hr, Map.of("Idempotency-Key", key)).expect(201);
                assertEquals("true", again.headers().firstValue("Idempotent-Replay").orElse(""), "replayed by " + api.base());
                assertEquals(first, again.json(), "the same answer from " + api.base());
            }
            String idNumber = Json.createReader(new java.io.StringReader(body)).readObject().getString("idNumber");
            assertEquals(1, count("SELECT COUNT(*) FROM cred_officer WHERE id_number = ?", idNumber));
        }
    }

    @Test
    @Order(4)
    void shouldDrawAPlanOnceWhenBothServersDrawItAtOnce() throws Exception {
        try (Connection connection = database.connect()) {
            DataSet.officers(connection, 60, TestClock.today().getYear());
        }
        Plans.importTargets(a, 'A', 80);
        long planId = Plans.sealedPlan(a, "two-instances");
        List<Reply> pair = atOnce(() -> Plans.draw(a, planId), () -> Plans.draw(b, planId));
        long drawn = pair.stream().filter(response -> response.status() == 201).count();
        for (Reply response : pair) {
            // 201 drawn here; 202 accepted as a job; 409 PLAN_ALREADY_DRAWN or in progress: the loser of the race
            assertTrue(Set.of(201, 202, 409).contains(response.status()), response.status() + " " + response.body());
        }
        assertTrue(drawn <= 1, "at most one server answers with a fresh draw: " + pair.get(0).body() + " / " + pair.get(1).body());
        Plans.awaitDrawn(a, planId, Duration.ofSeconds(60));
        try (Connection connection = database.connect()) {
            JsonObject fromA = Plans.assertFullyDrawn(a, connection, planId);
            JsonObject fromB = Plans.assertFullyDrawn(b, connection, planId);
            assertEquals(fromA.getJsonArray("inspections"), fromB.getJsonArray("inspections"), "both serve the one draw");
        }
        assertEquals(409, Plans.draw(b, planId).status(), "a drawn plan is not drawn again");
    }

    @Test
    @Order(5)
    void shouldVerifyTheSameAuditChainOnBothServers() {
        assertTrue(AuditChain.valid(a), "audit chain valid on A");
        assertTrue(AuditChain.valid(b), "audit chain valid on B");
        assertEquals(a.get("/public/v1/audit/head", null).json(), b.get("/public/v1/audit/head", null).json());
    }
}
