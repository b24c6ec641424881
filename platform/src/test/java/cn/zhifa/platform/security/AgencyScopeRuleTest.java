package cn.zhifa.platform.security;

import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.error.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyScopeRuleTest {
    /** A city (500000) with two districts, as the dictionaries' demo rows. */
    private static final Map<String, String> PARENT_AREA = Map.of("500115", "500000", "500101", "500000");
    private static final List<Agency> AGENCIES = List.of(
            new Agency("500000001", "市司法局", null, null, "500000"),
            new Agency("500000002", "市市场监管局", null, null, "500000"),
            new Agency("500115001", "长寿区司法局", null, "500000001", "500115"),
            new Agency("500115002", "长寿区市场监管局", null, "500000002", "500115"),
            new Agency("500115011", "凤城市场监管所", null, "500115002", "500115"),
            new Agency("500115003", "长寿区城市管理局", null, null, "500115"),
            new Agency("500101002", "万州区市场监管局", null, "500000002", "500101"));

    private static boolean covers(String area, String code) {
        for (String c = code; c != null; c = PARENT_AREA.get(c)) {
            if (c.equals(area)) {
                return true;
            }
        }
        return false;
    }

    private static AgencyScope scope(boolean unscopedAllowed, String agency, String... roles) {
        return new AgencyScopeRule(AGENCIES, AgencyScopeRuleTest::covers, unscopedAllowed)
                .scopeOf(new Actor("someone", Set.of(roles), agency));
    }

    @Test
    void ownAgencyRolesAndMachineClientsCoverTheirAgencyAndTheUnitsBelowIt() {
        for (String role : List.of(Roles.HR, Roles.TRAINER, Roles.PLANNER, Roles.MACHINE)) {
            assertEquals(List.of("500115002", "500115011"), scope(false, "500115002", role).codes(), role);
            assertEquals(List.of("500115011"), scope(false, "500115011", role).codes(), role);
        }
    }

    @Test
    void theJudicialBureauCoversEveryAgencyOfItsArea() {
        assertEquals(List.of("500115001", "500115002", "500115003", "500115011"),
                scope(false, "500115001", Roles.JUDICIAL).codes());
        assertTrue(scope(false, "500000001", Roles.JUDICIAL).coversAll(AGENCIES.stream().map(Agency::code).toList()));
        assertFalse(scope(false, "500115001", Roles.JUDICIAL).covers("500101002"));
    }

    @Test
    void severalRolesGetTheUnionOfTheirScopes() {
        AgencyScope scope = scope(false, "500115003", Roles.PLANNER, Roles.JUDICIAL);
        assertTrue(scope.covers("500115002"));
        assertFalse(scope.covers("500101002"));
    }

    @Test
    void adminAndTheSystemActEverywhereOfficersNowhere() {
        assertTrue(scope(false, null, Roles.ADMIN).isEverywhere());
        assertTrue(new AgencyScopeRule(AGENCIES, AgencyScopeRuleTest::covers, false).scopeOf(Actor.SYSTEM).isEverywhere());
        assertEquals(List.of(), scope(false, "500115002", Roles.OFFICER).codes());
        assertFalse(scope(true, null, Roles.OFFICER).covers("500115002"));
    }

    @Test
    void aStaffTokenWithoutAnAgencyActsEverywhereOnlyWhereConfigurationAllowsIt() {
        assertTrue(scope(true, null, Roles.HR).isEverywhere());
        ProblemException refused = assertThrows(ProblemException.class, () -> scope(false, null, Roles.HR));
        assertEquals(403, refused.status());
        assertEquals("AGENCY_REQUIRED", refused.code());
    }

    @Test
    void anAgencyOutsideTheDictionaryIsRefused() {
        ProblemException refused = assertThrows(ProblemException.class, () -> scope(true, "999999999", Roles.PLANNER));
        assertEquals(403, refused.status());
        assertEquals("AGENCY_UNKNOWN", refused.code());
    }

    @Test
    void requireNamesTheAgencyOutOfScope() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> scope(false, "500115002", Roles.HR).require("500101002"));
        assertEquals(403, refused.status());
        assertEquals("AGENCY_OUT_OF_SCOPE", refused.code());
        assertNull(AgencyScope.everywhere().codes());
        assertFalse(AgencyScope.nowhere().covers(null));
    }
}
