package cn.zhifa.platform.security;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleMappingTest {
    private static final Map<String, String> KEYCLOAK = SignInSettings.roleMap(
            "zhifa-hr=hr, zhifa-judicial=judicial,zhifa-officer=officer,zhifa-machine=machine,人事=hr");

    private static Function<String, Object> claims(Map<String, Object> claims) {
        return claims::get;
    }

    @Test
    void ourRoleNamesMapToThemselvesByDefault() {
        RoleMapping mapping = new RoleMapping(new SignInSettings("groups", SignInSettings.roleMap(""), "sub",
                cn.zhifa.platform.contract.OfficerMatch.ID, java.time.Duration.ZERO, java.time.Duration.ZERO));
        assertEquals(Set.of("hr", "admin"), mapping.roles(claims(Map.of("groups", Set.of("hr", "admin", "root")))));
        assertEquals(Set.of("machine"), mapping.roles(claims(Map.of("groups", List.of("machine")))));
        assertEquals(Set.of(), mapping.roles(claims(Map.of())));
    }

    @Test
    void readsAListASpaceOrCommaSeparatedTextAndANestedClaimByADottedPath() {
        RoleMapping groups = new RoleMapping("groups", KEYCLOAK);
        assertEquals(Set.of("hr", "judicial"), groups.roles(claims(Map.of("groups", "zhifa-hr zhifa-judicial"))));
        assertEquals(Set.of("hr", "judicial"), groups.roles(claims(Map.of("groups", "zhifa-hr,zhifa-judicial"))));
        assertEquals(Set.of("hr"), groups.roles(claims(Map.of("groups",
                Json.createArrayBuilder().add("zhifa-hr").add("offline_access").build()))));
        assertEquals(Set.of("hr"), groups.roles(claims(Map.of("groups", Json.createValue("人事")))));

        RoleMapping realm = new RoleMapping("realm_access.roles", KEYCLOAK);
        Object realmAccess = Json.createObjectBuilder().add("roles",
                Json.createArrayBuilder().add("default-roles-zhifa").add("zhifa-officer")).build();
        assertEquals(Set.of("officer"), realm.roles(claims(Map.of("realm_access", realmAccess))));
        assertEquals(Set.of("machine"), realm.roles(claims(Map.of("realm_access",
                Map.of("roles", List.of("zhifa-machine"))))));
        assertEquals(Set.of(), realm.roles(claims(Map.of("realm_access", "zhifa-hr"))), "not an object");
    }

    @Test
    void aConfiguredMapCountsOnlyTheNamesItLists() {
        RoleMapping mapping = new RoleMapping("groups", KEYCLOAK);
        assertEquals(Set.of(), mapping.roles(claims(Map.of("groups", List.of("hr", "admin", "uma_authorization")))),
                "our own names are provider names like any other once a map is configured");
    }

    @Test
    void refusesAMapThatNamesNoRoleOfOursOrANameTwice() {
        assertThrows(IllegalArgumentException.class, () -> SignInSettings.roleMap("zhifa-hr=king"));
        assertThrows(IllegalArgumentException.class, () -> SignInSettings.roleMap("zhifa-hr"));
        assertThrows(IllegalArgumentException.class, () -> SignInSettings.roleMap("=hr"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> SignInSettings.roleMap("a=hr,a=judicial"));
        assertTrue(twice.getMessage().contains("'a' twice"), twice.getMessage());
    }
}
