package cn.zhifa.app.races;

import cn.zhifa.app.hostile.DemoData;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrent requests on one thing, many times over with a start barrier, in one server: revoke
 * against renew on one credential, two draws of one plan, one Idempotency-Key twice at once, one
 * attendance file and one roster file imported twice at once. Each run must end in one of the allowed
 * outcomes, never a 5xx, with the database in the matching state, and the audit chain stays valid.
 */
@HelidonTest
@DatabaseTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RaceTest {
    private static final int ROUNDS = 12;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @Inject
    WebTarget target;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** Runs both at once (released together by a barrier) and returns both replies in order. */
    private static List<Reply> together(Supplier<Reply> first, Supplier<Reply> second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        Future<Reply> a = POOL.submit(() -> {
            barrier.await(30, TimeUnit.SECONDS);
            return first.get();
        });
        Future<Reply> b = POOL.submit(() -> {
            barrier.await(30, TimeUnit.SECONDS);
            return second.get();
        });
        return List.of(a.get(300, TimeUnit.SECONDS), b.get(300, TimeUnit.SECONDS));
    }

    private static String idNumber() {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000));
        String first17 = "500115" + birth.toString().replace("-", "")
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + ResidentIdChecksum.checkCharacter(first17);
    }

    private static String officerJson(String name, String idNumber) {
        return "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"agencyCode\":\"500115002\","
                + "\"position\":\"科员\",\"employmentType\":\"REGULAR\",\"postStatus\":\"ON_POST\","
                + "\"categories\":[\"MARKET_REGULATION\"],\"areas\":[\"500115\"],\"legalQualification\":false,"
                + "\"legalReviewer\":false}";
    }

    private String activeCredential(ApiClient http, String name) {
        Reply officer = http.json("POST", "/api/v1/officers", officerJson(name, idNumber()), Tokens.as("hr"));
        assertEquals(201, officer.status(), officer.toString());
        long id = officer.json().getJsonNumber("id").longValue();
        for (String kind : List.of("COMPREHENSIVE_LAW", "PROFESSIONAL_LAW")) {
            Reply exam = http.json("POST", "/api/v1/officers/" + id + "/exams", "{\"kind\":\"" + kind
                    + "\",\"passed\":true,\"score\":80,\"takenOn\":\"2025-06-01\"}", Tokens.as("judicial"));
            assertEquals(201, exam.status(), exam.toString());
        }
        Reply issued = http.json("POST", "/api/v1/credentials", "{\"officerId\":" + id + "}", Tokens.as("judicial"));
        assertEquals(201, issued.status(), issued.toString());
        return issued.json().getString("number");
    }

    @Test
    @Order(1)
    void revokeAgainstRenewEndsRevokedWithOneEventPerSuccess() throws Exception {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String number = activeCredential(http, "竞态撤销" + round);
            String path = "/api/v1/credentials/" + number + "/";
            List<Reply> replies = together(
                    () -> http.json("POST", path + "revoke", "{\"reason\":\"HOLDER_RETIRED\"}", Tokens.as("judicial")),
                    () -> http.json("POST", path + "renew", "{\"reason\":\"CARD_DAMAGED\"}", Tokens.as("judicial")));
            int revoke = replies.get(0).status();
            int renew = replies.get(1).status();
            // revoke (注销, the holder retired) always wins in the end: either it came first (renew refused) or after a renew
            boolean allowed = revoke == 200 && (renew == 200 || renew == 409);
            Reply credential = http.get("/api/v1/credentials/" + number, Tokens.as("judicial"));
            Reply history = http.get(path + "events", Tokens.as("judicial"));
            List<String> types = ((jakarta.json.JsonArray) history.structure()).stream()
                    .map(e -> e.asJsonObject().getString("type")).filter(t -> t.startsWith("CREDENTIAL_")).toList();
            List<String> expected = renew == 200
                    ? List.of("CREDENTIAL_ISSUED", "CREDENTIAL_RENEWED", "CREDENTIAL_CANCELLED")
                    : List.of("CREDENTIAL_ISSUED", "CREDENTIAL_CANCELLED");
            if (!allowed || !"CANCELLED".equals(credential.json().getString("status")) || !types.equals(expected)) {
                wrong.add("round " + round + ": revoke " + replies.get(0) + ", renew " + replies.get(1) + " -> "
                        + credential.json().getString("status") + " " + types);
            }
        }
        assertEquals(List.of(), wrong);
        assertAuditValid(http);
    }

    /** A moment {@code seconds} from now, in whole seconds: an entropy source's value still to come. */
    private static java.time.Instant entropyAt(int seconds) {
        return TestClock.clock().instant().plusSeconds(seconds).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static void awaitEntropy(long availableAtMs) throws InterruptedException {
        long wait = availableAtMs - TestClock.clock().millis();
        if (wait > 0) {
            Thread.sleep(wait + 50);
        }
    }

    @Test
    @Order(2)
    void twoDrawsOfOnePlanStoreOneDraw() throws Exception {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        JsonObject demo = DemoData.drawnPlan(http);
        LocalDate start = TestClock.today().plusDays(1);
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            String plan = Json.createObjectBuilder(demo).remove("id").remove("state").remove("cancelReason")
                    .remove("published").remove("resultsPublished")
                    .add("name", "竞态抽签" + round).add("year", start.getYear())
                    .add("startsOn", start.toString()).add("endsOn", start.plusDays(20).toString())
                    .add("entropySource", Json.createObjectBuilder().add("description", "上证指数 收盘价")
                            .add("availableAt", entropyAt(6).toString()))
                    .build().toString();
            Reply created = http.json("POST", "/api/v1/plans", plan, Tokens.as("planner"));
            assertEquals(201, created.status(), created.toString());
            long id = created.json().getJsonNumber("id").longValue();
            Reply sealed = http.json("POST", "/api/v1/plans/" + id + "/seal", "{}", Tokens.as("planner"));
            assertEquals(200, sealed.status(), sealed.toString());
            // the two racers enter different values once the source's moment has come
            awaitEntropy(created.json().getJsonObject("entropySource").getJsonNumber("availableAtMs").longValue());
            String path = "/api/v1/plans/" + id + "/draw";
            List<Reply> replies = together(
                    () -> http.json("POST", path, "{\"externalEntropy\":\"a\"}", Tokens.as("planner")),
                    () -> http.json("POST", path, "{\"externalEntropy\":\"b\"}", Tokens.as("planner")));
            Set<Integer> statuses = new HashSet<>();
            replies.forEach(r -> statuses.add(r.status()));
            long accepted = replies.stream().filter(r -> r.status() >= 200 && r.status() < 300).count();
            boolean allowed = replies.stream().allMatch(r -> Set.of(200, 201, 202, 409).contains(r.status()))
                    && accepted >= 1 && (accepted == 1 || statuses.equals(Set.of(202)));
            JsonObject detail = drawn(http, id);
            List<String> codes = detail.getJsonArray("inspections").stream()
                    .map(i -> i.asJsonObject().getString("creditCode")).toList();
            Reply replay = http.json("POST", "/api/v1/plans/" + id + "/replay", "{}", Tokens.as("planner"));
            String entropy = drawRecordEntropy(id);
            if (!allowed || codes.isEmpty() || new HashSet<>(codes).size() != codes.size() || replay.status() != 200
                    || !replay.json().getBoolean("identical") || !Set.of("a", "b").contains(entropy)) {
                wrong.add("round " + round + ": " + replies + " -> " + codes.size() + " inspections, entropy "
                        + entropy + ", replay " + replay);
            }
            // the winner's entropy is the one stored: a 201 names it
            for (int i = 0; i < 2; i++) {
                if (replies.get(i).status() == 201 && !entropy.equals(i == 0 ? "a" : "b")) {
                    wrong.add("round " + round + ": the 201 was request " + i + " but entropy " + entropy + " is stored");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertAuditValid(http);
    }

    /** The plan once drawn (a queued draw may take a moment). */
    private static JsonObject drawn(ApiClient http, long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Reply detail = http.get("/api/v1/plans/" + id, Tokens.as("planner"));
            assertEquals(200, detail.status(), detail.toString());
            JsonObject plan = detail.json();
            if ("DRAWN".equals(plan.getJsonObject("plan").getString("state"))) {
                return plan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plan " + id + " never drawn");
    }

    private static String drawRecordEntropy(long planId) {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement s = c.prepareStatement("SELECT external_entropy FROM insp_draw WHERE plan_id = ?")) {
            s.setLong(1, planId);
            try (ResultSet rows = s.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                assertEquals(1, found.size(), "draw rows of plan " + planId + ": " + found);
                return found.get(0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void oneIdempotencyKeyTwiceAtOnceWritesOnce() throws Exception {
        ApiClient http = new ApiClient(target.getUri());
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String name = "幂等竞态事项-" + round + "-" + System.nanoTime();
            String body = "{\"name\":\"" + name + "\",\"subject\":\"区市场监管局\",\"legalBasis\":\"《食品安全法》\","
                    + "\"targetScope\":\"食品销售\",\"content\":\"检查\",\"method\":\"现场检查\",\"frequency\":\"每年一次\","
                    + "\"category\":\"MARKET_REGULATION\",\"industries\":[\"食品销售\"]}";
            String key = "race-" + round + "-" + System.nanoTime();
            Supplier<Reply> post = () -> http.send("POST", "/api/v1/matters", Tokens.as("planner"), "application/json",
                    body.getBytes(StandardCharsets.UTF_8), Map.of("Idempotency-Key", key));
            List<Reply> replies = together(post, post);
            long created = replies.stream().filter(r -> r.status() == 201).count();
            long inProgress = replies.stream().filter(r -> r.status() == 409 && r.isProblem()
                    && r.body().contains("IDEMPOTENCY_KEY_IN_PROGRESS")).count();
            Set<String> bodies = new HashSet<>();
            replies.stream().filter(r -> r.status() == 201).forEach(r -> bodies.add(r.body()));
            boolean allowed = created + inProgress == 2 && created >= 1 && bodies.size() == 1;
            Reply again = post.get();
            int rows = count("SELECT COUNT(*) FROM insp_matter WHERE name = ?", name);
            if (!allowed || rows != 1 || again.status() != 201 || !bodies.contains(again.body())) {
                wrong.add("round " + round + ": " + replies + ", then " + again + "; rows " + rows);
            }
        }
        assertEquals(List.of(), wrong);
        assertAuditValid(new ApiClient(target.getUri()));
    }

    @Test
    @Order(4)
    void oneAttendanceFileImportedTwiceAtOnceIsStoredOnce() throws Exception {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        List<Long> officers = activeOfficers(http);
        int year = TestClock.today().getYear();
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String course = "{\"title\":\"竞态导入" + round + "\",\"category\":\"PROFESSIONAL_LAW\",\"organizerAgency\":\"500115002\","
                    + "\"hours\":8,\"startsOn\":\"" + year + "-03-01\",\"endsOn\":\"" + year + "-03-02\",\"mode\":\"OFFLINE\"}";
            Reply created = http.json("POST", "/api/v1/courses", course, Tokens.as("trainer"));
            assertEquals(201, created.status(), created.toString());
            long courseId = created.json().getJsonNumber("id").longValue();
            StringBuilder csv = new StringBuilder("courseId,officerId,hours\n");
            for (long officer : officers) {
                csv.append(courseId).append(',').append(officer).append(",2.5\n");
            }
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
            Supplier<Reply> upload = () -> http.send("POST", "/api/v1/attendance/import?year=" + year,
                    Tokens.as("trainer"), "text/csv", file, Map.of());
            List<Reply> replies = together(upload, upload);
            List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
            // one stores (201); the other either sees it imported (200) or loses the race (409)
            boolean allowed = statuses.equals(List.of(200, 201)) || statuses.equals(List.of(201, 409));
            int rows = count("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", courseId);
            int batches = count("SELECT COUNT(DISTINCT batch_id) FROM trn_attendance WHERE course_id = ?", courseId);
            if (!allowed || rows != officers.size() || batches != 1) {
                wrong.add("round " + round + ": " + statuses + " " + replies + "; attendance rows " + rows + " of "
                        + officers.size() + ", batches " + batches);
            }
        }
        assertEquals(List.of(), wrong);
        assertAuditValid(http);
    }

    @Test
    @Order(5)
    void oneRosterFileImportedTwiceAtOnceCreatesEachOfficerOnce() throws Exception {
        ApiClient http = new ApiClient(target.getUri());
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder csv = new StringBuilder("name,idNumber,agencyCode,position,employmentType,postStatus,categories,areas\n");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String id = idNumber();
                ids.add(id);
                csv.append("竞态名册").append(round).append('-').append(i).append(',').append(id)
                        .append(",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115\n");
            }
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
            Supplier<Reply> upload = () -> http.send("POST", "/api/v1/officers/import", Tokens.as("hr"), "text/csv",
                    file, Map.of());
            List<Reply> replies = together(upload, upload);
            // one creates all five; the other finds them unchanged or loses the race with 409
            boolean allowed = replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409)
                    && replies.stream().filter(r -> r.status() == 200 && r.json().getInt("created") == 5).count() == 1
                    && replies.stream().filter(r -> r.status() == 200).allMatch(r -> r.json().getInt("created") == 5
                    || r.json().getInt("unchanged") == 5);
            int rows = 0;
            for (String id : ids) {
                rows += count("SELECT COUNT(*) FROM cred_officer WHERE id_number = ?", id);
            }
            if (!allowed || rows != 5) {
                wrong.add("round " + round + ": " + replies + "; officers " + rows);
            }
        }
        assertEquals(List.of(), wrong);
        assertAuditValid(http);
    }

    private static List<Long> activeOfficers(ApiClient http) {
        Reply page = http.get("/api/v1/officers?postStatus=ON_POST&size=100", Tokens.as("hr"));
        assertEquals(200, page.status(), page.toString());
        List<Long> ids = page.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> "ACTIVE".equals(o.getString("credentialStatus", "")))
                .map(o -> o.getJsonNumber("id").longValue()).limit(6).toList();
        assertTrue(ids.size() >= 3, "active officers: " + ids);
        return ids;
    }

    private static int count(String sql, Object parameter) {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void assertAuditValid(ApiClient http) {
        Reply verify = http.get("/api/v1/audit/verify", Tokens.as("admin"));
        assertEquals(200, verify.status(), verify.toString());
        assertTrue(verify.json().getBoolean("valid"), verify.toString());
    }
}
