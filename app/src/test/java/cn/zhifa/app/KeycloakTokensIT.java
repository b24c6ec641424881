package cn.zhifa.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged server verifying the tokens of a real OpenID Connect provider, Keycloak, with the settings of
 * docs/operations.md (issuer, the realm's JWKS, audience): tokens of the web client's sign-in (authorization code
 * with PKCE) are accepted with their roles, a changed token or one of another realm is refused, the machine client's
 * client-credentials token reads the roster; the server maps the provider's users (GET /api/v1/me: roles, agency, an
 * officer by the credential number the provider holds, 403 for a person without a role or an officer not on record).
 * Runs with {@code -Pkeycloak}; skipped without it.
 */
class KeycloakTokensIT {
    private static KeycloakProcess keycloak;
    private static ServerProcess server;
    private static String redirectUri;

    @BeforeAll
    static void start() throws Exception {
        if (KeycloakProcess.missing() != null) {
            return;
        }
        int port = ServerProcess.freePort();
        String origin = "http://127.0.0.1:" + port;
        redirectUri = origin + "/signin.html";
        keycloak = KeycloakProcess.start(origin);
        List<String> properties = new ArrayList<>(keycloak.serverProperties());
        // officers are matched by the credential number the provider holds for them (the demo data has them)
        properties.addAll(List.of("-Dzhifa.security.officer-claim=credential_number",
                "-Dzhifa.security.officer-match=credential-number"));
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-keycloak-");
        server = ServerProcess.startAsPublished(port, dataDir, properties.toArray(String[]::new));
        // the demo's first credential is numbered by the year of the business clock: give Keycloak that number
        var officer = server.api().get("/api/v1/officers?q=" + java.net.URLEncoder.encode("王建国", StandardCharsets.UTF_8),
                bearer(signIn("hr-cs"))).expect(200).json().getJsonArray("items").getJsonObject(0);
        officerId = officer.getJsonNumber("id").longValue();
        keycloak.setUserAttribute("officer-wangjianguo", "credential_number", officer.getString("credentialNumber"));
    }

    private static long officerId;

    @AfterAll
    static void stop() throws Exception {
        try (KeycloakProcess k = keycloak; ServerProcess s = server) {
            // both closed, whichever started
        }
    }

    @BeforeEach
    void needsKeycloak() {
        Assumptions.assumeTrue(KeycloakProcess.missing() == null, KeycloakProcess::missing);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String signIn(String username) throws Exception {
        return keycloak.signIn(KeycloakProcess.REALM, username, redirectUri).accessToken();
    }

    @Test
    void theProvidersTokensCarryRolesAgencyAndTheServersAudience() throws Exception {
        var hr = KeycloakProcess.claims(signIn("hr-wz"));
        assertEquals(keycloak.issuer(), hr.getString("iss"));
        assertEquals(KeycloakProcess.AUDIENCE, hr.getString("aud"));
        assertEquals("[\"hr\"]", hr.getJsonArray("groups").toString());
        assertEquals("500101002", hr.getString("agency"));
        var officer = KeycloakProcess.claims(signIn("officer-wangjianguo"));
        assertEquals("[\"officer\"]", officer.getJsonArray("groups").toString());
        assertTrue(officer.getString("credential_number").startsWith("500115002"), officer.toString());
        var machine = KeycloakProcess.claims(keycloak.machineToken());
        assertEquals("[\"machine\"]", machine.getJsonArray("groups").toString());
        assertEquals("500101002", machine.getString("agency"), "the hardcoded claim of the machine client");
    }

    @Test
    void hrAndPlannerSignedInAtTheProviderActInTheirRolesOnly() throws Exception {
        String hr = bearer(signIn("hr-cs"));
        String planner = bearer(signIn("planner-wz"));
        server.api().get("/api/v1/officers", hr).expect(200);
        assertEquals(403, server.api().get("/api/v1/matters", hr).status(), "hr is no planner");
        server.api().get("/api/v1/matters", planner).expect(200);
        assertEquals(403, server.api().get("/api/v1/officers", planner).status(), "a planner keeps no roster");
    }

    @Test
    void aChangedTokenOrOneOfAnotherRealmIsRefused() throws Exception {
        String hr = signIn("hr-cs");
        String[] parts = hr.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"groups\":[\"hr\"]", "\"groups\":[\"admin\",\"hr\"]");
        assertNotEquals(payload, promoted, "the test changes the token's roles");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(promoted.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, server.api().get("/api/v1/officers", bearer(tampered)).status(), "the signature no longer holds");
        String unsigned = parts[0] + "." + parts[1] + ".";
        assertEquals(401, server.api().get("/api/v1/officers", bearer(unsigned)).status(), "no signature");

        String other = keycloak.signIn(KeycloakProcess.OTHER_REALM, "hr-cs", redirectUri).accessToken();
        assertEquals(keycloak.issuer(KeycloakProcess.OTHER_REALM), KeycloakProcess.claims(other).getString("iss"));
        assertEquals(401, server.api().get("/api/v1/officers", bearer(other)).status(),
                "another realm: another issuer and another key");
        server.api().get("/api/v1/officers", bearer(hr)).expect(200);
    }

    @Test
    void theServerSaysWhoTheProvidersUserIs() throws Exception {
        var hr = server.api().get("/api/v1/me", bearer(signIn("hr-wz"))).expect(200).json();
        assertEquals("[\"hr\"]", hr.getJsonArray("roles").toString());
        assertEquals("500101002", hr.getString("agency"));
        assertTrue(hr.getString("agencyName").contains("万州"), hr.toString());
        assertTrue(hr.isNull("officerId"), hr.toString());
        assertTrue(hr.getString("expiresAt").startsWith("20"), hr.toString());

        var officer = server.api().get("/api/v1/me", bearer(signIn("officer-wangjianguo"))).expect(200).json();
        assertEquals("[\"officer\"]", officer.getJsonArray("roles").toString());
        assertEquals(officerId, officer.getJsonNumber("officerId").longValue(), "matched by credential number");
        server.api().get("/api/v1/officers/" + officerId, bearer(signIn("officer-wangjianguo"))).expect(200);

        var unknown = server.api().get("/api/v1/me", bearer(signIn("officer-unknown")));
        assertEquals(403, unknown.status(), unknown.body());
        assertTrue(unknown.json().getString("type").endsWith("SIGN_IN_OFFICER_NOT_FOUND"), unknown.body());
        var nobody = server.api().get("/api/v1/me", bearer(signIn("nobody")));
        assertEquals(403, nobody.status(), nobody.body());
        assertTrue(nobody.json().getString("type").endsWith("SIGN_IN_NO_ROLE"), nobody.body());
    }

    @Test
    void theMachineClientReadsTheRosterOfItsAgency() throws Exception {
        String machine = bearer(keycloak.machineToken());
        var roster = server.api().get("/api/v1/officers", machine).expect(200).json();
        assertTrue(roster.getInt("total") >= 0, roster.toString());
        assertEquals(403, server.api().get("/api/v1/matters", machine).status(), "a machine client plans nothing");
        assertEquals(401, server.api().get("/api/v1/officers", "Bearer not-a-token").status());
    }
}
