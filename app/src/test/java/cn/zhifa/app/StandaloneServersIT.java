package cn.zhifa.app;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.planner.domain.CreditCode;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The province's topology: credential-server, training-server and planner-server started at once as three
 * processes on three ports against one fresh MariaDB/MySQL database. Flyway's lock lets exactly one of them
 * migrate the empty schema; then one flow runs across them: HR records officers and the judicial bureau issues
 * their credentials (credential server), a trainer records last year's hours (training server), the annual review
 * reads them over HTTP (credential server -> training server, the reviewer's token forwarded), and a plan is
 * sealed and drawn with the reviewed officers as inspectors (planner server). Each server serves its own paths
 * and the shared health, metrics and OpenAPI only, and the one audit chain they all append to stays valid.
 * Needs a database server that three processes share (skipped, with the reason, on H2).
 */
@DatabaseTest
class StandaloneServersIT {
    private static final String AGENCY = "500115002";
    /** 长寿区司法局: the judicial bureau whose area covers {@link #AGENCY}. */
    private static final String JUSTICE = "500115001";
    private static final String AREA = "500115";
    private static final Pattern MIGRATED = Pattern.compile("Schema at version (\\S+) \\((\\d+) migrations applied now\\)");

    private static JsonObject expect(int status, Reply response) {
        return response.expect(status).structure() instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    @Test
    void shouldRunOneFlowAcrossTheThreeServersOnOneDatabase() throws Exception {
        TestDatabase shared = TestDatabase.current();
        assumeTrue(shared.isMysql(), "needs a database server that three processes share; the embedded H2 is one process's");
        FreshDatabase database = FreshDatabase.create(shared);
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-servers-");
        try (database; ServiceServers servers = ServiceServers.startTogether(dataDir, database.properties())) {
            migratedOnceTogether(servers, database);
            Flow flow = new Flow(servers);
            flow.run(database);
            servesOnlyItsOwnPaths(servers, flow);
            sharesOneValidAuditChain(servers, flow);
        }
    }

    /**
     * Three processes started together on an empty database: every migration applied exactly once. Flyway takes its
     * lock per migration, so the servers may share the work (seen: 2 + 1 + 2 of 5); a server that found nothing
     * left logs "version null (0 migrations applied now)".
     */
    private static void migratedOnceTogether(ServiceServers servers, FreshDatabase database) throws Exception {
        int applied = 0;
        int migrators = 0;
        for (ServerProcess server : servers.all()) {
            Matcher matcher = MIGRATED.matcher(server.logText());
            assertTrue(matcher.find(), "the start log reports the migration:\n" + server.logText());
            int now = Integer.parseInt(matcher.group(2));
            if (now > 0) {
                migrators++;
            }
            applied += now;
        }
        assertTrue(migrators >= 1, "someone migrated the empty schema");
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version), SUM(CASE WHEN success = 1 THEN 0 ELSE 1 END)"
                    + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getInt(1) > 0);
                assertEquals(rs.getInt(1), rs.getInt(2), "no migration recorded twice");
                assertEquals(0, rs.getInt(3), "no failed migration");
                assertEquals(rs.getInt(1), applied, "the three servers applied each migration exactly once between them");
            }
        }
    }

    private static void servesOnlyItsOwnPaths(ServiceServers servers, Flow flow) throws Exception {
        Map<ServerProcess, List<String>> own = Map.of(
                servers.credential, List.of("/api/v1/officers", "/api/v1/credentials/" + flow.reviewed.number(),
                        "/public/v1/officers", "/api/v1/reports/legal-reviewers"),
                servers.training, List.of("/api/v1/courses", "/api/v1/training/compliance?agency=" + AGENCY + "&year=" + (flow.thisYear - 1),
                        "/api/v1/training/duties/" + flow.reviewed.id() + "?year=" + (flow.thisYear - 1)),
                servers.planner, List.of("/api/v1/plans", "/api/v1/matters", "/public/v1/plans", "/public/v1/statistics?year=" + flow.thisYear));
        Map<ServerProcess, String> names = Map.of(servers.credential, "credential", servers.training, "training",
                servers.planner, "planner");
        List<String> shared = List.of("/health/live", "/health/ready", "/health/started", "/metrics", "/openapi",
                "/public/v1/audit/head", "/public/v1/dictionaries/agencies");
        for (ServerProcess server : servers.all()) {
            for (ServerProcess owner : servers.all()) {
                for (String path : own.get(owner)) {
                    int status = server.api().get(path, flow.everyone).status();
                    if (owner == server) {
                        assertEquals(200, status, names.get(server) + " serves " + path);
                    } else {
                        assertEquals(404, status, names.get(server) + " leaves " + path + " to " + names.get(owner));
                    }
                }
            }
            for (String path : shared) {
                assertEquals(200, server.api().get(path, null).status(), names.get(server) + " serves " + path);
            }
            assertEquals(404, server.api().get("/index.html", null).status(), "the web pages are the all-in-one server's");
            String metrics = server.api().get("/metrics", null).body();
            assertTrue(metrics.contains("mp_app=\"" + names.get(server) + "-server\""), "metrics name the server");
        }
        String credentialApi = servers.credential.api().get("/openapi", null).body();
        String trainingApi = servers.training.api().get("/openapi", null).body();
        String plannerApi = servers.planner.api().get("/openapi", null).body();
        assertTrue(credentialApi.contains("/api/v1/credentials") && !credentialApi.contains("/api/v1/courses")
                && !credentialApi.contains("/api/v1/plans"), "the credential server documents its own API");
        assertTrue(trainingApi.contains("/api/v1/training/duties/{officerId}") && !trainingApi.contains("/api/v1/credentials")
                && !trainingApi.contains("/api/v1/plans"), "the training server documents its own API");
        assertTrue(plannerApi.contains("/api/v1/plans") && !plannerApi.contains("/api/v1/credentials")
                && !plannerApi.contains("/api/v1/courses"), "the planner server documents its own API");
    }

    private static void sharesOneValidAuditChain(ServiceServers servers, Flow flow) throws Exception {
        Set<Long> heads = new java.util.HashSet<>();
        for (ServerProcess server : servers.all()) {
            JsonObject verification = expect(200, server.api().get("/api/v1/audit/verify", flow.everyone));
            assertTrue(verification.getBoolean("valid"), verification.toString());
            heads.add(expect(200, server.api().get("/public/v1/audit/head", null)).getJsonNumber("seq").longValue());
        }
        assertEquals(1, heads.size(), "one chain: " + heads);
        assertTrue(heads.iterator().next() >= 10, "every server's writes are on it: " + heads);
    }

    /** The business flow, each step on the server that owns it. */
    private static final class Flow {
        record Officer(long id, String number) {
        }

        final ServerProcess credential;
        final ServerProcess training;
        final ServerProcess planner;
        final int thisYear = TestClock.today().getYear();
        final String hr;
        final String judicial;
        final String plannerToken;
        /** Every staff role: reads anything a server serves. */
        final String everyone;
        Officer reviewed;

        Flow(ServiceServers servers) throws Exception {
            credential = servers.credential;
            training = servers.training;
            planner = servers.planner;
            // one key pair for the three: a token from any of them is good for all
            hr = credential.api().devTokenFor(AGENCY, "hr-1", "hr");
            judicial = credential.api().devTokenFor(JUSTICE, "judicial-1", "judicial");
            plannerToken = planner.api().devTokenFor(AGENCY, "planner-1", "planner");
            everyone = credential.api().devToken("admin-1", "hr", "judicial", "trainer", "planner", "admin");
        }

        void run(FreshDatabase database) throws Exception {
            Officer first = officerWithCredential("郑洁", 1, database);
            Officer second = officerWithCredential("钱程", 2, database);
            Officer untrained = officerWithCredential("孙磊", 3, database);
            reviewed = first;

            int lastYear = thisYear - 1;
            long comprehensive = course("COMPREHENSIVE_LAW", JUSTICE, "40", lastYear);
            long update = course("LAW_UPDATE", AGENCY, "24", lastYear);
            attend(comprehensive, JUSTICE, "40", first.id(), second.id());
            attend(update, AGENCY, "24", first.id(), second.id());

            for (Officer officer : List.of(first, second)) {
                JsonObject passed = review(officer);
                assertTrue(passed.getBoolean("passed"), "64 h and the update training of " + lastYear + ": " + passed);
                assertEquals("ACTIVE", passed.getJsonObject("credential").getString("status"));
            }
            JsonObject failed = review(untrained);
            assertFalse(failed.getBoolean("passed"), failed.toString());
            assertEquals(List.of("TRAINING_HOURS_SHORT", "UPDATE_TRAINING_MISSING"), failed.getJsonArray("reasons")
                    .getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")).toList());
            assertEquals("SUSPENDED", failed.getJsonObject("credential").getString("status"));

            JsonObject draw = drawPlan();
            List<Set<String>> teams = draw.getJsonArray("inspections").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                            .map(m -> m.getString("credentialNumber")).collect(Collectors.toSet()))
                    .toList();
            assertFalse(teams.isEmpty(), draw.toString());
            for (Set<String> team : teams) {
                assertEquals(Set.of(first.number(), second.number()), team,
                        "the two reviewed officers are the district's only active inspectors; the suspended one is not drawn");
            }
        }

        private Officer officerWithCredential(String name, int n, FreshDatabase database) throws Exception {
            String first17 = String.format("500115%04d%02d%02d%03d", 1975 + n, n, 10 + n, 100 + n);
            String body = Json.createObjectBuilder().add("name", name)
                    .add("idNumber", first17 + ResidentIdChecksum.checkCharacter(first17)).add("agencyCode", AGENCY)
                    .add("position", "科员").add("employmentType", "REGULAR").add("postStatus", "ON_POST")
                    .add("categories", Json.createArrayBuilder().add("MARKET_REGULATION"))
                    .add("areas", Json.createArrayBuilder().add(AREA))
                    .add("legalQualification", false).add("legalReviewer", false).build().toString();
            long id = expect(201, credential.api().post("/api/v1/officers", body, hr)).getJsonNumber("id").longValue();
            for (String kind : List.of("COMPREHENSIVE_LAW", "PROFESSIONAL_LAW")) {
                expect(201, credential.api().post("/api/v1/officers/" + id + "/exams", "{\"kind\":\"" + kind
                        + "\",\"passed\":true,\"score\":86,\"takenOn\":\"" + TestClock.today().minusMonths(1) + "\"}", judicial));
            }
            String number = expect(201, credential.api().post("/api/v1/credentials", "{\"officerId\":" + id + "}", judicial))
                    .getString("number");
            // A credential is first reviewed in the year after its issue: this one was issued two years ago.
            database.update("UPDATE cred_credential SET issued_on = ? WHERE credential_no = ?",
                    TestClock.today().minusYears(2), number);
            return new Officer(id, number);
        }

        private long course(String category, String organizer, String hours, int year) throws Exception {
            // at most 8 class hours a day: a course of 40 hours lasts 5 days
            java.time.LocalDate day = java.time.LocalDate.of(year, 5, 10);
            int days = Math.max(1, (int) Math.ceil(Double.parseDouble(hours) / 8));
            String body = "{\"title\":\"" + category + " " + year + "\",\"category\":\"" + category + "\",\"organizerAgency\":\""
                    + organizer + "\",\"hours\":" + hours + ",\"startsOn\":\"" + day + "\",\"endsOn\":\"" + day.plusDays(days - 1)
                    + "\",\"mode\":\"OFFLINE\"}";
            return expect(201, training.api().post("/api/v1/courses", body, trainerOf(organizer))).getJsonNumber("id")
                    .longValue();
        }

        /** A trainer of the organising agency: a course and its attendance are the organiser's (issue 19). */
        private String trainerOf(String organizer) {
            return training.api().devTokenFor(organizer, "trainer-" + organizer, "trainer");
        }

        private void attend(long courseId, String organizer, String hours, long... officers) throws Exception {
            String body = java.util.Arrays.stream(officers).mapToObj(id -> "{\"officerId\":" + id + ",\"hours\":" + hours + "}")
                    .collect(Collectors.joining(",", "[", "]"));
            expect(201, training.api().post("/api/v1/courses/" + courseId + "/attendance", body, trainerOf(organizer)));
        }

        private JsonObject review(Officer officer) throws Exception {
            return expect(200, credential.api().post("/api/v1/credentials/" + officer.number() + "/reviews",
                    "{\"year\":" + thisYear + "}", judicial));
        }

        private JsonObject drawPlan() throws Exception {
            StringBuilder csv = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
            String[] risks = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
            for (int i = 1; i <= 12; i++) {
                String first17 = String.format("91500115MA5U%05d", i);
                csv.append(first17).append(CreditCode.checkCharacter(first17)).append(",长寿区第").append(i)
                        .append("食品经营部,食品销售,").append(AREA).append(',').append(risks[i % risks.length])
                        .append(",B,长寿区凤城街道").append(i).append("号\n");
            }
            expect(200, planner.api().postCsv("/api/v1/targets/import", csv.toString(), plannerToken));
            String matter = Json.createObjectBuilder().add("name", "食品经营许可事项检查").add("subject", "长寿区市场监督管理局")
                    .add("legalBasis", "《中华人民共和国食品安全法》第一百一十条").add("targetScope", "辖区食品经营者")
                    .add("content", "食品经营许可条件保持情况").add("method", "现场检查").add("frequency", "每年一次")
                    .add("category", "MARKET_REGULATION").add("industries", Json.createArrayBuilder().add("食品销售"))
                    .build().toString();
            long matterId = expect(201, planner.api().post("/api/v1/matters", matter, plannerToken)).getJsonNumber("id").longValue();
            LocalDate start = TestClock.today().plusDays(1);
            LocalDate end = start.plusDays(30).getYear() == start.getYear() ? start.plusDays(30) : LocalDate.of(start.getYear(), 12, 31);
            String plan = "{\"name\":\"分服务部署联调抽查\",\"matterId\":" + matterId + ",\"year\":" + start.getYear()
                    + ",\"areas\":[\"" + AREA + "\"],\"ratios\":{\"LOW\":0.2,\"MEDIUM\":0.3,\"HIGH\":0.5,\"VERY_HIGH\":1},"
                    + "\"creditMultipliers\":{\"A\":0.5,\"C\":2},\"teamSize\":2,\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"}";
            long planId = expect(201, planner.api().post("/api/v1/plans", plan, plannerToken)).getJsonNumber("id").longValue();
            expect(200, planner.api().post("/api/v1/plans/" + planId + "/seal", "{}", plannerToken));
            return expect(201, planner.api().post("/api/v1/plans/" + planId + "/draw",
                    "{}", plannerToken));
        }
    }

    /** A database of its own on the test server, so that the three servers start on an empty schema. */
    private record FreshDatabase(String serverUrl, String params, String name, String user, String password)
            implements AutoCloseable {
        static FreshDatabase create(TestDatabase shared) throws SQLException {
            String url = shared.url();
            int query = url.indexOf('?');
            String params = query < 0 ? "" : url.substring(query);
            String base = url.substring(0, query < 0 ? url.length() : query);
            String serverUrl = base.substring(0, base.lastIndexOf('/') + 1);
            String name = "zhifa_it_servers_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
            FreshDatabase database = new FreshDatabase(serverUrl, params, name, shared.user(), shared.password());
            database.execute(serverUrl + params, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return database;
        }

        String url() {
            return serverUrl + name + params;
        }

        List<String> properties() {
            return new ArrayList<>(List.of("-Dzhifa.db.url=" + url(), "-Dzhifa.db.user=" + user, "-Dzhifa.db.password=" + password));
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user, password);
        }

        void update(String sql, Object... args) throws SQLException {
            try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                assertEquals(1, statement.executeUpdate(), sql);
            }
        }

        private void execute(String url, String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement statement = c.createStatement()) {
                statement.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            if (!Boolean.parseBoolean(System.getenv("ZHIFA_TEST_KEEP_DB"))) {
                execute(serverUrl + params, "DROP DATABASE " + name);
            }
        }
    }
}
