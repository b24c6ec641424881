package cn.zhifa.app.hostile;

import cn.zhifa.app.PermissionMatrixTest;
import cn.zhifa.credential.service.CredentialService;
import cn.zhifa.credential.service.VerificationService;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crawls every public GET (found by reflection: a new one fails this test until it is crawled) over
 * the demo data, with a published drawn plan, every credential of the public roster and its signed
 * verification page, and asserts that no body holds a resident identity number (18 characters, GB 11643
 * check character and a plausible birth date), while the staff view of the same officers does.
 */
@HelidonTest
@DatabaseTest
class PublicIdentityLeakTest {
    private static final Pattern EIGHTEEN = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

    @Inject
    WebTarget target;

    static List<String> identityNumbersIn(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = EIGHTEEN.matcher(body);
        while (m.find()) {
            if (ResidentIdChecksum.isValid(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void shouldFindIdentityNumbersWhereStaffMaySeeThem() {
        // the detector must be able to fail: the HR roster carries identity numbers
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        Reply staff = http.get("/api/v1/officers?size=100", Tokens.as("hr"));
        assertEquals(200, staff.status(), staff.toString());
        assertFalse(identityNumbersIn(staff.body()).isEmpty(), "the detector finds the numbers HR sees");
        assertEquals(List.of(), identityNumbersIn("500115002202600001 credential, 91500115MA5U0ABCDE credit code"));
    }

    @Test
    void shouldNeverShowAnIdentityNumberOnAPublicPath() {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        long planId = DemoData.publishedDrawnPlan(http);

        Map<String, List<String>> crawl = new LinkedHashMap<>();
        List<String> numbers = new ArrayList<>();
        for (int page = 1; page <= 20; page++) {
            Reply roster = http.get("/public/v1/officers?size=100&page=" + page, null);
            assertEquals(200, roster.status(), roster.toString());
            List<JsonObject> items = roster.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
            items.forEach(item -> numbers.add(item.getString("number")));
            if (items.isEmpty()) {
                break;
            }
        }
        assertTrue(numbers.size() >= 10, "public roster: " + numbers);
        crawl.put("PublicRosterResource.officers", List.of("/public/v1/officers", "/public/v1/officers?q=王",
                "/public/v1/officers?agency=500115002&size=100", "/public/v1/officers?area=500115&size=100",
                "/public/v1/officers?category=MARKET_REGULATION&size=100", "/public/v1/officers?q=500115"));
        crawl.put("PublicCredentialResource.credential", numbers.stream().map(n -> "/public/v1/credentials/" + n).toList());
        CredentialService credentials = CDI.current().select(CredentialService.class).get();
        VerificationService verification = CDI.current().select(VerificationService.class).get();
        List<String> verify = new ArrayList<>();
        for (String number : numbers) {
            URI signed = URI.create(verification.verificationUrl(credentials.find(number)));
            verify.add(signed.getRawPath() + "?" + signed.getRawQuery());
            verify.add("/verify/" + number);
        }
        crawl.put("VerifyResource.verify", verify);
        crawl.put("PublicPlanResource.plans", List.of("/public/v1/plans", "/public/v1/plans?size=100"));
        // a joint plan with its results per matter published, each naming its agency
        long jointId = JointPlanFixture.withPublishedResults(http).planId();
        int year = cn.zhifa.platform.testing.TestClock.today().getYear();
        crawl.put("PublicPlanResource.plan", List.of("/public/v1/plans/" + planId, "/public/v1/plans/" + jointId));
        crawl.put("PublicPlanResource.commitment", List.of("/public/v1/plans/" + planId + "/commitment"));
        crawl.put("PublicPlanResource.drawRecord", List.of("/public/v1/plans/" + planId + "/draw-record",
                "/public/v1/plans/" + jointId + "/draw-record"));
        crawl.put("PublicPlanResource.inspections", List.of("/public/v1/plans/" + planId + "/inspections",
                "/public/v1/plans/" + jointId + "/inspections"));
        crawl.put("PublicPlanResource.inspectionsCsv", List.of("/public/v1/plans/" + planId + "/inspections",
                "/public/v1/plans/" + jointId + "/inspections"));
        // the export of published results (the national publicity system's columns): JSON, and CSV as a file
        crawl.put("PublicPlanResource.results", List.of("/public/v1/plans/" + jointId + "/results"));
        crawl.put("PublicPlanResource.resultsFile", List.of("/public/v1/plans/" + jointId + "/results"));
        // the door QR of an inspection (its team's names and credential numbers, nothing else), genuine and forged
        JsonObject doorInspection = http.get("/api/v1/plans/" + planId, Tokens.as("planner")).json()
                .getJsonArray("inspections").getJsonObject(0);
        long doorId = doorInspection.getJsonNumber("id").longValue();
        String doorUrl = http.get("/api/v1/inspections/" + doorId + "/record", Tokens.officer(doorInspection
                .getJsonArray("inspectors").getJsonObject(0).getJsonNumber("officerId").longValue()))
                .json().getString("doorUrl");
        assertTrue(http.get(doorUrl, null).json().getBoolean("genuine"), "signed by credential-service's key: " + doorUrl);
        crawl.put("PublicInspectionResource.door", List.of(doorUrl, "/public/v1/inspections/" + doorId + "/door?sig=x"));
        crawl.put("PublicInspectionResource.doorPage", List.of(doorUrl, doorUrl + "&lang=en",
                "/public/v1/inspections/" + doorId + "/door?sig=x"));
        crawl.put("PublicInspectionResource.doorQr", List.of(doorUrl.replace("/door?", "/door.png?")));
        crawl.put("PublicMatterResource.matters", List.of("/public/v1/matters?size=100"));
        crawl.put("PublicStatisticsResource.statistics", List.of("/public/v1/statistics?year=2026", "/public/v1/statistics?year=2026&quarter=4",
                "/public/v1/statistics?year=" + year));
        List<OfficerIsolationTest.Holder> candidates = OfficerIsolationTest.inspectorsOfTheDrawnPlan(http);
        long examId = ExamSittings.examOf(ExamSittings.of(http, candidates.get(0).id(), candidates.get(1).id()));
        ExamSittings.close(examId);
        crawl.put("PublicExamResource.get", List.of("/public/v1/exams/" + examId));
        crawl.put("PublicAuditResource.head", List.of("/public/v1/audit/head"));
        crawl.put("BusinessDayResource.today", List.of("/public/v1/business-day"));
        crawl.put("SignInResource.signIn", List.of("/public/v1/sign-in"));
        crawl.put("DictionaryResource.dictionary", List.of("agencies", "categories", "divisions", "training-categories",
                "result-codes").stream().map(name -> "/public/v1/dictionaries/" + name).toList());

        Set<String> uncrawled = new TreeSet<>();
        for (PermissionMatrixTest.Endpoint e : PermissionMatrixTest.endpoints()) {
            // a link-authorised file opens nothing without its signed link (PermissionMatrixTest)
            if (e.permitAll() && e.httpMethod().equals("GET") && !crawl.containsKey(e.javaMethod())
                    && !PermissionMatrixTest.LINK_AUTHORISED.contains(e.javaMethod())) {
                uncrawled.add(e.javaMethod() + " " + e.path());
            }
        }
        assertEquals(Set.of(), uncrawled, "every public GET must be crawled");

        List<String> leaks = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, List<String>> entry : crawl.entrySet()) {
            String key = entry.getKey();
            String accept = key.endsWith("Csv") || key.endsWith("File") ? "text/csv" : key.endsWith("Page") ? "text/html" : "*/*";
            for (String path : entry.getValue()) {
                for (String language : List.of("zh-CN", "en")) {
                    Reply reply = http.send("GET", path, null, null, null,
                            Map.of("Accept", accept, "Accept-Language", language));
                    pages++;
                    if (reply.status() != 200) {
                        leaks.add(path + " answered " + reply);
                    }
                    List<String> found = identityNumbersIn(reply.body());
                    if (!found.isEmpty()) {
                        leaks.add(path + " (" + language + ") shows " + found.size() + " identity number(s)");
                    }
                }
            }
        }
        for (String page : List.of("/", "/verify.html", "/statistics.html", "/plan.html", "/signin.html")) {
            Reply reply = http.get(page, null);
            pages++;
            if (!identityNumbersIn(reply.body()).isEmpty()) {
                leaks.add(page + " shows an identity number");
            }
        }
        assertTrue(pages > 50, "crawled " + pages);
        assertEquals(List.of(), leaks);
    }
}
