package cn.zhifa.credential.web;

import cn.zhifa.credential.testing.CredentialSteps;
import cn.zhifa.credential.testing.TestOfficers;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.contract.OfficerDirectory;
import cn.zhifa.platform.contract.OfficerMatch;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalLong;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An officer signs in with a token naming their credential number ({@code credential_no}), as an agency's identity
 * provider knows them, and is the roster's officer holding that credential; a machine client reads the roster.
 */
@HelidonTest
@DatabaseTest
@AddConfig(key = "zhifa.security.officer-claim", value = "credential_no")
@AddConfig(key = "zhifa.security.officer-match", value = "credential-number")
class OfficerSignInApiTest {
    @Inject
    WebTarget target;

    @Inject
    OfficerDirectory directory;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private static String officerToken(String subject, String credentialNumber) {
        return Tokens.withClaims(subject, Map.of("groups", Json.createArrayBuilder().add("officer").build(),
                "credential_no", credentialNumber));
    }

    @Test
    void shouldBeTheOfficerHoldingTheCredentialNumberOfTheToken() {
        CredentialSteps steps = new CredentialSteps(api());
        long officer = steps.eligibleOfficer("周敏");
        String number = steps.issue(officer);
        long other = steps.createOfficer("吴刚", "REGULAR", "ON_POST", false, false, "500115002");

        String token = officerToken("kc-" + officer, number);
        assertEquals(officer, api().get("/api/v1/me", token).expect(200).json().getJsonNumber("officerId").longValue());
        api().get("/api/v1/officers/" + officer, token).expect(200);
        api().get("/api/v1/officers/" + other, token).expect(403);

        ApiClient.Reply unknown = api().get("/api/v1/me", officerToken("kc-x", "渝执Z-000000")).expect(403);
        assertEquals("urn:zhifa:problem:SIGN_IN_OFFICER_NOT_FOUND", unknown.json().getString("type"));
    }

    @Test
    void shouldFindOfficersByIdCredentialNumberAndIdentityNumber() {
        String idNumber = TestOfficers.newIdNumber();
        long officer = api().post("/api/v1/officers", TestOfficers.officerJson("郑洁", idNumber, "500115002",
                "REGULAR", "ON_POST", false, false), as(HR)).expect(201).json().getJsonNumber("id").longValue();

        assertEquals(OptionalLong.of(officer), directory.find(OfficerMatch.ID, String.valueOf(officer)));
        assertEquals(OptionalLong.of(officer), directory.find(OfficerMatch.ID_NUMBER, idNumber.toLowerCase()));
        assertEquals(OptionalLong.empty(), directory.find(OfficerMatch.ID, "999999999"));
        assertEquals(OptionalLong.empty(), directory.find(OfficerMatch.ID, "abc"));
        assertEquals(OptionalLong.empty(), directory.find(OfficerMatch.CREDENTIAL_NUMBER, "渝执Z-000000"));
        assertEquals(OptionalLong.empty(), directory.find(OfficerMatch.ID_NUMBER, ""));
    }

    @Test
    void shouldLetAMachineClientReadTheRoster() {
        String machine = Tokens.as("machine", "500115002");
        api().get("/api/v1/officers?agency=500115002", machine).expect(200);
        api().post("/api/v1/officers", TestOfficers.officerJson("钱进", TestOfficers.newIdNumber(), "500115002",
                "REGULAR", "ON_POST", false, false), machine).expect(403);
    }
}
