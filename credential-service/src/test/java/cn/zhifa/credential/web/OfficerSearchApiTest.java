package cn.zhifa.credential.web;

import cn.zhifa.credential.testing.CredentialSteps;
import cn.zhifa.credential.testing.TestOfficers;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.ApiClient.NOBODY;
import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff roster search (GET /api/v1/officers): every officer, paged, filtered, for HR and the judicial bureau. */
@HelidonTest
@DatabaseTest
class OfficerSearchApiTest {
    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private CredentialSteps steps() {
        return new CredentialSteps(api());
    }

    /** A name part no other test (nor an earlier run on the same database) uses. */
    private static String unique() {
        return "检索" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> names(Reply reply) {
        return reply.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(o -> o.getString("name")).toList();
    }

    @Test
    void shouldListOfficersWithAndWithoutACredentialPageByPage() {
        String token = unique();
        long holder = steps().eligibleOfficer(token + "3");
        String number = steps().issue(holder);
        long second = steps().createOfficer(token + "2", "REGULAR", "ON_POST", false, false, "500115002");
        steps().createOfficer(token + "1", "CONTRACT", "OFF_POST", false, false, "500115002");

        Reply first = api().get("/api/v1/officers?q=" + q(token) + "&page=1&size=2", as(HR));
        assertEquals(200, first.status(), first.body());
        assertEquals(3, first.json().getJsonNumber("total").longValue());
        assertEquals(1, first.json().getInt("page"));
        assertEquals(2, first.json().getInt("size"));
        assertEquals(List.of(token + "1", token + "2"), names(first), "ordered by agency, then name");
        Reply last = api().get("/api/v1/officers?q=" + q(token) + "&page=2&size=2", as(JUDICIAL));
        assertEquals(200, last.status(), last.body());
        assertEquals(List.of(token + "3"), names(last));

        JsonObject withCredential = last.json().getJsonArray("items").getJsonObject(0);
        assertEquals(holder, withCredential.getJsonNumber("id").longValue());
        assertEquals(number, withCredential.getString("credentialNumber"));
        assertEquals("ACTIVE", withCredential.getString("credentialStatus"));
        assertEquals("500115002", withCredential.getJsonObject("agency").getString("code"));
        assertEquals("REGULAR", withCredential.getString("employmentType"));
        assertEquals("ON_POST", withCredential.getString("postStatus"));
        assertEquals("科员", withCredential.getString("position"));
        assertTrue(withCredential.getInt("version") >= 1);
        assertEquals(18, withCredential.getString("idNumber").length(), "HR and judicial see the identity number");

        JsonObject without = first.json().getJsonArray("items").getJsonObject(1);
        assertEquals(second, without.getJsonNumber("id").longValue());
        assertFalse(without.containsKey("credentialNumber"), "an officer without a credential is listed too");
        assertFalse(without.containsKey("credentialStatus"));
    }

    @Test
    void shouldFilterByAgencyWithItsSubAgenciesAndByPostAndEmployment() {
        String token = unique();
        steps().createOfficer(token + "所", "REGULAR", "ON_POST", false, false, "500115011");
        steps().createOfficer(token + "局", "CONTRACT", "ON_POST", false, false, "500115002");
        steps().createOfficer(token + "城管", "REGULAR", "ON_POST", false, false, "500115003");

        Reply market = api().get("/api/v1/officers?q=" + q(token) + "&agency=500115002", as(HR));
        assertEquals(200, market.status(), market.body());
        assertEquals(List.of(token + "局", token + "所"), names(market), "500115011 is a sub-agency of 500115002");
        Reply office = api().get("/api/v1/officers?q=" + q(token) + "&agency=500115011", as(HR));
        assertEquals(List.of(token + "所"), names(office), "a sub-agency does not include its parent");
        Reply contract = api().get("/api/v1/officers?q=" + q(token) + "&employmentType=CONTRACT&postStatus=ON_POST",
                as(HR));
        assertEquals(List.of(token + "局"), names(contract));
    }

    @Test
    void shouldFindByNameAndByExactIdentityNumber() {
        String token = unique();
        String idNumber = TestOfficers.newIdNumber();
        Reply created = api().post("/api/v1/officers", TestOfficers.officerJson(token + "张三", idNumber, "500115003",
                "REGULAR", "ON_POST", false, false), as(HR));
        assertEquals(201, created.status(), created.body());

        assertEquals(List.of(token + "张三"), names(api().get("/api/v1/officers?q=" + q(token.substring(2) + "张"), as(HR))));
        Reply byNumber = api().get("/api/v1/officers?q=" + idNumber, as(JUDICIAL));
        assertEquals(200, byNumber.status(), byNumber.body());
        assertEquals(List.of(token + "张三"), names(byNumber));
        assertEquals(idNumber, byNumber.json().getJsonArray("items").getJsonObject(0).getString("idNumber"));
        assertEquals(0, api().get("/api/v1/officers?q=" + idNumber.substring(0, 17), as(HR)).json()
                .getJsonNumber("total").longValue(), "an identity number matches only whole");
    }

    @Test
    void shouldRefuseUnknownAgencyAndValuesWithFieldErrorsWithoutEchoingTheQuery() {
        String idNumber = TestOfficers.newIdNumber();
        Reply refused = api().get("/api/v1/officers?q=" + idNumber + "&agency=999&postStatus=GONE&employmentType=X",
                as(HR));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("agency:UNKNOWN_AGENCY", "postStatus:VALUE_NOT_ALLOWED", "employmentType:VALUE_NOT_ALLOWED"),
                refused.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                        .map(e -> e.getString("field") + ":" + e.getString("code")).toList());
        assertFalse(refused.body().contains(idNumber), "the identity number is never echoed");
    }

    @Test
    void shouldAnswerOnlyHrAndJudicial() {
        assertEquals(403, api().get("/api/v1/officers", as(TRAINER)).status());
        assertEquals(403, api().get("/api/v1/officers", officer(1)).status());
        assertEquals(401, api().get("/api/v1/officers", NOBODY).status());
        assertEquals(200, api().get("/api/v1/officers", as(JUDICIAL)).status());
    }
}
