package cn.zhifa.training.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Tokens;
import cn.zhifa.training.testing.TrainingSteps;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/training/duties/{officerId}}: the training duty published for the credential server's
 * annual review when the services run apart. 2023 is a closed year, so nothing depends on today.
 */
@HelidonTest
@DatabaseTest
class TrainingDutyApiTest {
    private static final int YEAR = 2023;
    private static final String MARKET = "500115002";

    @Inject
    WebTarget target;

    private Response duty(long officerId, Integer year, String bearer) {
        WebTarget duty = target.path("/api/v1/training/duties/" + officerId);
        return (year == null ? duty : duty.queryParam("year", year)).request().header("Authorization", bearer).get();
    }

    @Test
    void shouldPublishTheYearlyDutyToTheStaffWhoReview() {
        TrainingSteps steps = new TrainingSteps(ApiClient.of(target));
        long met = CredentialTables.officer("年审甲", MARKET);
        long shortOfHours = CredentialTables.officer("年审乙", MARKET);
        long comprehensive = steps.course("COMPREHENSIVE_LAW", "500115001", "40", YEAR);
        long update = steps.course("LAW_UPDATE", MARKET, "24.5", YEAR);
        steps.attend(comprehensive, met, 40, shortOfHours, 30);
        steps.attend(update, met, 24.5);

        JsonObject compliant = duty(met, YEAR, Tokens.bearer("j-1", Roles.JUDICIAL)).readEntity(JsonObject.class);
        assertEquals(met, compliant.getJsonNumber("officerId").longValue());
        assertEquals(YEAR, compliant.getInt("year"));
        assertEquals(0, new BigDecimal("64.5").compareTo(compliant.getJsonNumber("legalHours").bigDecimalValue()));
        assertEquals(0, new BigDecimal("60").compareTo(compliant.getJsonNumber("requiredHours").bigDecimalValue()));
        assertEquals(1, compliant.getInt("ownUnitUpdateTrainings"));
        assertEquals(1, compliant.getInt("requiredUpdateTrainings"));
        assertTrue(compliant.getBoolean("compliant"));
        assertTrue(compliant.getJsonArray("missingCodes").isEmpty());

        JsonObject behind = duty(shortOfHours, YEAR, Tokens.bearer("hr-1", Roles.HR)).readEntity(JsonObject.class);
        assertFalse(behind.getBoolean("compliant"));
        assertEquals(List.of("LEGAL_HOURS_SHORT", "OWN_UNIT_UPDATE_MISSING"),
                behind.getJsonArray("missingCodes").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void shouldRefuseOtherRolesAnUnknownOfficerAndAMissingYear() {
        long officer = CredentialTables.officer("年审丙", MARKET);

        assertEquals(401, duty(officer, YEAR, "").getStatus());
        assertEquals(403, duty(officer, YEAR, Tokens.bearer(String.valueOf(officer), Roles.OFFICER)).getStatus());
        assertEquals(403, duty(officer, YEAR, Tokens.bearer("p-1", Roles.PLANNER)).getStatus());
        assertEquals(200, duty(officer, YEAR, Tokens.bearer("t-1", Roles.TRAINER)).getStatus());
        assertEquals(404, duty(9_000_000_000L + officer, YEAR, Tokens.bearer("j-1", Roles.JUDICIAL)).getStatus());
        Response noYear = duty(officer, null, Tokens.bearer("j-1", Roles.JUDICIAL));
        assertEquals(400, noYear.getStatus());
        assertEquals("FIELD_REQUIRED", noYear.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0)
                .getString("code"));
    }
}
