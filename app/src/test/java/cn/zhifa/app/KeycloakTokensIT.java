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

/**
 * The packaged server verifying the tokens of a real OpenID Connect provider, Keycloak, with the settings of
 * docs/operations.md (issuer, the realm's JWKS, audience): tokens of the web client's sign-in (authorization code
 * with PKCE) are accepted with their roles, a changed token or one of another realm is refused, the machine client's
 * client-credentials token is verified. Runs with {@code -Pkeycloak}; skipped without it.
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
        properties.add("-Dzhifa.demo.enabled=false");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "it-keycloak-");
        server = ServerProcess.startAsPublished(port, dataDir, properties.toArray(String[]::new));
    }

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
        assertEquals("500115002202600001", officer.getString("credential_number"));
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
    void theMachineClientsTokenIsVerified() throws Exception {
        String machine = bearer(keycloak.machineToken());
        // verified (not 401); what the role may read comes with the server's role map (role machine)
        assertNotEquals(401, server.api().get("/api/v1/officers", machine).status());
        assertEquals(401, server.api().get("/api/v1/officers", "Bearer not-a-token").status());
    }
}
