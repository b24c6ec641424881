package cn.zhifa.platform.security;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import cn.zhifa.platform.probe.ProbeOfficerDirectory;
import io.helidon.microprofile.testing.junit5.AddBean;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in with an identity provider's tokens, configured as for Keycloak: roles in {@code realm_access.roles} under
 * the provider's names, the officer named by a {@code credential_no} claim matched to the roster's credential
 * numbers ({@code ProbeOfficerDirectory}: 渝执A-0042 is officer 42).
 */
@HelidonTest
@DatabaseTest
@AddBean(ProbeOfficerDirectory.class)
@AddConfig(key = "zhifa.security.roles-claim", value = "realm_access.roles")
@AddConfig(key = "zhifa.security.role-map",
        value = "zhifa-hr=hr,zhifa-judicial=judicial,zhifa-officer=officer,zhifa-admin=admin,zhifa-machine=machine")
@AddConfig(key = "zhifa.security.officer-claim", value = "credential_no")
@AddConfig(key = "zhifa.security.officer-match", value = "credential-number")
class SignInMappingApiTest {
    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private static JsonValue realmRoles(String... roles) {
        return Json.createObjectBuilder().add("roles", Json.createArrayBuilder(java.util.List.of(roles))).build();
    }

    private static String keycloak(String subject, String agency, String... roles) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("realm_access", realmRoles(roles)));
        if (agency != null) {
            claims.put("agency", agency);
        }
        return Tokens.withClaims(subject, claims);
    }

    @Test
    void shouldLetAGroupRenamedByConfigurationThroughRolesAllowedAndShowTheMappedRoles() {
        String hr = keycloak("f3c1-hr", "500115002", "default-roles-zhifa", "zhifa-hr");
        assertEquals("f3c1-hr@500115002", api().get("/api/v1/test-probe/actor", hr).expect(200).body());

        JsonObject me = api().get("/api/v1/me", hr).expect(200).json();
        assertEquals("f3c1-hr", me.getString("subject"));
        assertEquals(Json.createArrayBuilder().add("hr").build(), me.getJsonArray("roles"));
        assertEquals("500115002", me.getString("agency"));
        assertEquals("重庆市长寿区市场监督管理局", me.getString("agencyName"));
        assertTrue(me.isNull("officerId"));
        assertTrue(me.getString("expiresAt").startsWith("20"), me.toString());

        // a mapped role the endpoint does not allow: the ordinary 403
        String officer = Tokens.withClaims("f3c1-o", Map.of("realm_access", realmRoles("zhifa-officer"),
                "credential_no", "渝执A-0042"));
        ApiClient.Reply refused = api().get("/api/v1/audit/verify", officer).expect(403);
        assertEquals("urn:zhifa:problem:FORBIDDEN", refused.json().getString("type"));
    }

    @Test
    void shouldNotTakeOurOwnRoleNamesOnceAMapIsConfigured() {
        String raw = keycloak("f3c1-raw", "500115002", "hr");
        ApiClient.Reply probe = api().get("/api/v1/test-probe/actor", raw).expect(403);
        assertEquals("urn:zhifa:problem:SIGN_IN_NO_ROLE", probe.json().getString("type"));
        assertEquals("urn:zhifa:problem:SIGN_IN_NO_ROLE", api().get("/api/v1/me", raw).expect(403).json()
                .getString("type"));
        // the groups claim is not read either: the configured claim is realm_access.roles
        assertEquals(403, api().get("/api/v1/me", Tokens.as("hr", "500115002")).status());
    }

    @Test
    void shouldAnswerAnUnknownUserAndAUserWithoutARoleWithSignInNoRoleSayingWhomToAsk() {
        String unknown = keycloak("f3c1-nobody", null, "offline_access", "uma_authorization");
        ApiClient.Reply reply = api().send("GET", "/api/v1/me", unknown, null, null, Map.of("Accept-Language", "en"));
        assertEquals(403, reply.status());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals("urn:zhifa:problem:SIGN_IN_NO_ROLE", reply.json().getString("type"));
        assertTrue(reply.json().getString("detail").contains("Ask the administrator"), reply.toString());

        String noClaim = Tokens.withClaims("f3c1-bare", Map.of());
        ApiClient.Reply zh = api().get("/api/v1/me", noClaim).expect(403);
        assertEquals("urn:zhifa:problem:SIGN_IN_NO_ROLE", zh.json().getString("type"));
        assertTrue(zh.json().getString("detail").contains("请联系本系统管理员"), zh.toString());

        assertEquals(401, api().get("/api/v1/me", ApiClient.NOBODY).status());
    }

    @Test
    void shouldMapAnOfficersCredentialNumberToTheirRosterRecord() {
        String officer = Tokens.withClaims("kc-7d2e", Map.of("realm_access", realmRoles("zhifa-officer"),
                "credential_no", "渝执A-0042"));
        JsonObject me = api().get("/api/v1/me", officer).expect(200).json();
        assertEquals(42, me.getJsonNumber("officerId").longValue());
        assertEquals(Json.createArrayBuilder().add("officer").build(), me.getJsonArray("roles"));
        assertEquals("kc-7d2e", me.getString("subject"));
    }

    @Test
    void shouldRefuseAnOfficerWhoseClaimMatchesNoOfficerOfTheRoster() {
        String stranger = Tokens.withClaims("kc-0000", Map.of("realm_access", realmRoles("zhifa-officer"),
                "credential_no", "渝执A-9999"));
        ApiClient.Reply reply = api().send("GET", "/api/v1/me", stranger, null, null, Map.of("Accept-Language", "en"));
        assertEquals(403, reply.status(), reply.toString());
        assertEquals("urn:zhifa:problem:SIGN_IN_OFFICER_NOT_FOUND", reply.json().getString("type"));
        assertTrue(reply.json().getString("detail").contains("HR"), reply.toString());

        String withoutClaim = Tokens.withClaims("kc-0001", Map.of("realm_access", realmRoles("zhifa-officer")));
        assertEquals("urn:zhifa:problem:SIGN_IN_OFFICER_NOT_FOUND",
                api().get("/api/v1/me", withoutClaim).expect(403).json().getString("type"));
    }

    @Test
    void shouldSignAMachineClientInWithItsOwnRoleAndAgency() {
        String machine = keycloak("service-account-wanzhou", "500101002", "zhifa-machine");
        JsonObject me = api().get("/api/v1/me", machine).expect(200).json();
        assertEquals(Json.createArrayBuilder().add("machine").build(), me.getJsonArray("roles"));
        assertEquals("500101002", me.getString("agency"));
    }
}
