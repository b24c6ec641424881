package cn.zhifa.platform;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDate;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's common behaviour: problem+json everywhere, authentication, dictionaries, health. */
@HelidonTest
@DatabaseTest
class PlatformApiTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    WebTarget target;

    private static void assertProblem(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertEquals(PROBLEM, response.getMediaType().toString());
        JsonObject body = response.readEntity(JsonObject.class);
        assertEquals(status, body.getInt("status"));
        assertTrue(body.getString("type").startsWith("urn:zhifa:problem:"), body.toString());
        assertFalse(body.getString("title").isBlank());
        assertFalse(body.toString().contains("Exception"), "no stack trace or class name: " + body);
    }

    @Test
    void shouldAnswerAnUnknownPathWithProblemJson() {
        assertProblem(target.path("/no/such/path").request().get(), 404);
        assertProblem(target.path("/api/v1/nothing-here").request().get(), 404);
    }

    @Test
    void shouldAnswerAWrongMethodWithProblemJson() {
        assertProblem(target.path("/public/v1/dictionaries/divisions").request().delete(), 405);
    }

    @Test
    void shouldAnswerMalformedJsonWith400() {
        Response response = target.path("/auth/dev-token").request()
                .post(Entity.entity("{\"sub\": \"x\", \"groups\": [", MediaType.APPLICATION_JSON));
        assertProblem(response, 400);
    }

    /** A JSON body is held in memory to check its UTF-8: one over zhifa.json.max-bytes (1 MiB) is refused first. */
    @Test
    void shouldRefuseAJsonBodyOverOneMebibyteBeforeReadingIt() {
        String padding = "x".repeat(1024 * 1024);
        Response tooLarge = target.path("/auth/dev-token").request()
                .post(Entity.json("{\"sub\": \"x\", \"groups\": [\"hr\"], \"padding\": \"" + padding + "\"}"));
        assertEquals(413, tooLarge.getStatus());
        assertEquals("urn:zhifa:problem:PAYLOAD_TOO_LARGE", tooLarge.readEntity(JsonObject.class).getString("type"));
        String justUnder = "{\"sub\": \"judge-2\", \"groups\": [\"judicial\"], \"padding\": \"\"}";
        justUnder = justUnder.replace("\"padding\": \"\"", "\"padding\": \"" + "x".repeat(1024 * 1024 - justUnder.length()) + "\"");
        assertEquals(1024 * 1024, justUnder.length());
        assertEquals(200, target.path("/auth/dev-token").request().post(Entity.json(justUnder)).getStatus(),
                "a body of exactly the limit is read");
    }

    @Test
    void shouldNameEveryInvalidFieldOfADevTokenRequest() {
        Response response = target.path("/auth/dev-token").request().header("Accept-Language", "en")
                .post(Entity.json("{\"sub\": \"\", \"groups\": [\"hr\", \"king\"]}"));
        assertEquals(400, response.getStatus());
        JsonObject body = response.readEntity(JsonObject.class);
        JsonArray errors = body.getJsonArray("errors");
        assertEquals(2, errors.size(), body.toString());
        assertEquals("sub", errors.getJsonObject(0).getString("field"));
        assertEquals("ROLE_UNKNOWN", errors.getJsonObject(1).getString("code"));
        assertEquals("Unknown role: king.", errors.getJsonObject(1).getString("message"));
    }

    @Test
    void shouldSpeakChineseByDefault() {
        JsonObject body = target.path("/public/v1/dictionaries/nope").request().get().readEntity(JsonObject.class);
        assertEquals("没有名为 nope 的字典。", body.getString("detail"));
    }

    @Test
    void shouldIssueADevTokenThatTheServerAccepts() {
        JsonObject issued = target.path("/auth/dev-token").request()
                .post(Entity.json("{\"sub\": \"judge-1\", \"groups\": [\"judicial\"]}"), JsonObject.class);
        String token = issued.getString("token");
        Response response = target.path("/api/v1/audit/verify").request()
                .header("Authorization", "Bearer " + token).get();
        assertEquals(200, response.getStatus());
        assertTrue(response.readEntity(JsonObject.class).getBoolean("valid"));
    }

    @Test
    void shouldPutTheAgencyOfADevTokenRequestInTheTokenAndReadItBack() {
        String token = target.path("/auth/dev-token").request()
                .post(Entity.json("{\"sub\": \"hr-9\", \"groups\": [\"hr\"], \"agency\": \"500115002\"}"),
                        JsonObject.class).getString("token");
        assertEquals("hr-9@500115002", target.path("/api/v1/test-probe/actor").request()
                .header("Authorization", "Bearer " + token).get(String.class));
        assertEquals("hr-test@null", target.path("/api/v1/test-probe/actor").request()
                .header("Authorization", Tokens.as("hr")).get(String.class));
        assertEquals("judicial-500000001@500000001", target.path("/api/v1/test-probe/actor").request()
                .header("Authorization", Tokens.as("judicial", "500000001")).get(String.class));
    }

    @Test
    void shouldRefuseADevTokenForAnUnknownAgency() {
        Response response = target.path("/auth/dev-token").request().header("Accept-Language", "en")
                .post(Entity.json("{\"sub\": \"hr-9\", \"groups\": [\"hr\"], \"agency\": \"999999999\"}"));
        assertEquals(400, response.getStatus());
        JsonObject error = response.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0);
        assertEquals("agency", error.getString("field"));
        assertEquals("UNKNOWN_AGENCY", error.getString("code"));
        assertEquals("Unknown agency code: 999999999.", error.getString("message"));
    }

    @Test
    void shouldRefuseMissingExpiredForeignAndTamperedTokensWith401() throws Exception {
        WebTarget verify = target.path("/api/v1/audit/verify");
        assertProblem(verify.request().get(), 401);
        assertProblem(verify.request().header("Authorization", Tokens.expiredBearer("judge-1", "judicial")).get(), 401);
        assertProblem(verify.request().header("Authorization", foreignBearer()).get(), 401);
        String[] parts = Tokens.bearer("judge-1", "hr").substring(7).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"hr\"", "\"judicial\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertProblem(verify.request().header("Authorization", "Bearer " + tampered).get(), 401);
    }

    @Test
    void shouldRefuseAWrongRoleWith403AndAllowTheRightOnes() {
        WebTarget verify = target.path("/api/v1/audit/verify");
        assertProblem(verify.request().header("Authorization", Tokens.bearer("hr-1", "hr")).get(), 403);
        assertEquals(200, verify.request().header("Authorization", Tokens.bearer("admin-1", "admin")).get().getStatus());
        assertEquals(200, verify.request().header("Authorization", Tokens.bearer("j-1", "judicial")).get().getStatus());
    }

    @Test
    void shouldServeTheDictionaries() {
        JsonArray divisions = target.path("/public/v1/dictionaries/divisions").request().get(JsonArray.class);
        assertTrue(divisions.stream().map(JsonObject.class::cast)
                .anyMatch(d -> d.getString("code").equals("500115") && d.getString("name").equals("长寿区")
                        && d.getString("parentCode").equals("500100")));
        assertTrue(divisions.size() >= 41);
        for (String name : new String[]{"agencies", "categories", "training-categories", "result-codes"}) {
            JsonArray entries = target.path("/public/v1/dictionaries/" + name).request().get(JsonArray.class);
            assertFalse(entries.isEmpty(), name);
            assertNotNull(entries.getJsonObject(0).getString("code"));
        }
        JsonArray agencies = target.path("/public/v1/dictionaries/agencies").request().get(JsonArray.class);
        assertTrue(agencies.stream().map(JsonObject.class::cast)
                .anyMatch(a -> a.getString("code").equals("500115011") && a.getString("parentCode").equals("500115002")));
        assertProblem(target.path("/public/v1/dictionaries/nope").request().get(), 404);
    }

    @Test
    void shouldTellThePagesToOfferTheDemoWhereNoProviderIsConfigured() {
        JsonObject signIn = target.path("/public/v1/sign-in").request().get(JsonObject.class);
        assertEquals("demo", signIn.getString("mode"), signIn.toString());
        assertFalse(signIn.containsKey("authority") && !signIn.isNull("authority"), signIn.toString());
    }

    @Test
    void shouldTellTheBusinessDayThatPagesTakeThisYearFrom() {
        JsonObject day = target.path("/public/v1/business-day").request().get(JsonObject.class);

        LocalDate today = TestClock.today();
        // asked around midnight in Beijing, the answer may be of the next day
        assertTrue(day.getString("date").equals(today.toString()) || day.getString("date").equals(today.plusDays(1).toString()),
                day.toString());
        assertEquals(LocalDate.parse(day.getString("date")).getYear(), day.getInt("year"));
        assertEquals("Asia/Shanghai", day.getString("zone"));
    }

    @Test
    void shouldPublishTheAuditHead() {
        JsonObject head = target.path("/public/v1/audit/head").request().get(JsonObject.class);
        assertEquals(64, head.getString("hash").length());
        assertTrue(head.getJsonNumber("seq").longValue() >= 0);
    }

    @Test
    void shouldReportReadyHealthMetricsAndOpenApi() {
        JsonObject health = target.path("/health/ready").request().get(JsonObject.class);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")));
        assertEquals(200, target.path("/metrics").request().get().getStatus());
        String openapi = target.path("/openapi").request().get(String.class);
        assertTrue(openapi.contains("/api/v1/audit/verify"));
        assertTrue(openapi.contains("/public/v1/dictionaries/{name}"));
        assertTrue(openapi.contains("/public/v1/business-day"));
    }

    private static String foreignBearer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var jwt = io.helidon.security.jwt.Jwt.builder().issuer("zhifa-dev").subject("judge-1").userPrincipal("judge-1")
                .addUserGroup("judicial").issueTime(java.time.Instant.now())
                .expirationTime(java.time.Instant.now().plusSeconds(600)).algorithm("RS256").build();
        var key = io.helidon.security.jwt.jwk.JwkRSA.builder().privateKey((RSAPrivateKey) pair.getPrivate())
                .publicKey((RSAPublicKey) pair.getPublic()).algorithm("RS256").build();
        return "Bearer " + io.helidon.security.jwt.SignedJwt.sign(jwt, key).tokenContent();
    }
}
