package cn.zhifa.credential.web;

import cn.zhifa.credential.testing.CredentialSteps;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.TestClock;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.testing.ApiClient.NOBODY;
import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public disclosure and verification: roster search, lookup, QR code, verification page, card, reviewer report. */
@HelidonTest
@DatabaseTest
class PublicVerificationApiTest {
    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private CredentialSteps steps() {
        return new CredentialSteps(api());
    }

    @Test
    void shouldEncodeASignedUrlThatOpensAGenuineVerificationPage() throws Exception {
        long officer = steps().eligibleOfficer("扫码");
        String number = steps().issue(officer);

        URI url = decodeQr(api().get("/api/v1/credentials/" + number + "/qr.png", officer(officer)));

        assertEquals("zhifa.example.cn", url.getHost(), "points at the configured public base URL");
        assertEquals("/verify/" + number, url.getPath());
        Reply page = api().get(url.getRawPath() + "?" + url.getRawQuery(), NOBODY);
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("二维码签名有效"), page.body());
        assertTrue(page.body().contains("<td id=\"status\" class=\"ok\">有效</td>"), page.body());
        assertTrue(page.body().contains("扫码"));
        assertLeadsWith(page.body(), "ok", "证件有效：可以执法");
    }

    @Test
    void shouldNameTheJudicialBureauAsIssuerAndTheHoldersUnitAsUnit() throws Exception {
        long officer = steps().eligibleOfficer("发证");
        String number = steps().issue(officer);
        URI url = decodeQr(api().get("/api/v1/credentials/" + number + "/qr.png", officer(officer)));

        String page = api().get(url.getRawPath() + "?" + url.getRawQuery(), NOBODY).body();
        assertTrue(page.contains("<tr><th>发证机关</th><td>重庆市长寿区司法局</td></tr>"), page);
        JsonObject credential = api().get("/public/v1/credentials/" + number, NOBODY).json();
        assertEquals("500115001", credential.getJsonObject("issuedBy").getString("code"));
        assertEquals("重庆市长寿区司法局", credential.getJsonObject("issuedBy").getString("name"));
        assertTrue(page.contains("<tr><th>执法机关</th><td>" + credential.getJsonObject("agency").getString("name")
                + "</td></tr>"), "the holder's unit stays the agency: " + page);
        String card = api().get("/api/v1/credentials/" + number + "/card", officer(officer)).body();
        assertTrue(card.contains("<div><b>发证机关</b>重庆市长寿区司法局</div>"), card);
    }

    @Test
    void shouldUnmaskAnAlteredOrForgedUrl() throws Exception {
        String number = steps().issue(steps().eligibleOfficer("伪造"));
        String other = steps().issue(steps().eligibleOfficer("真证"));
        URI url = decodeQr(api().get("/api/v1/credentials/" + number + "/qr.png", as(JUDICIAL)));
        String signature = url.getRawQuery().substring(2);

        Reply swapped = api().get("/verify/" + other + "?s=" + signature, NOBODY);
        assertTrue(swapped.body().contains("二维码签名无效"), "a signature moved to another number");
        char last = signature.charAt(signature.length() - 2);
        String altered = signature.substring(0, signature.length() - 2) + (last == 'A' ? 'B' : 'A')
                + signature.charAt(signature.length() - 1);
        assertTrue(api().get("/verify/" + number + "?s=" + altered, NOBODY).body().contains("二维码签名无效"));
        assertTrue(api().get("/verify/" + number, NOBODY).body().contains("链接未携带签名"));
        Reply unknown = api().get("/verify/NO-SUCH-CARD?s=" + signature, NOBODY);
        assertEquals(200, unknown.status());
        assertTrue(unknown.body().contains("未找到证件编号为 NO-SUCH-CARD 的行政执法证件"));
    }

    @Test
    void shouldShowARevokedCredentialInRedWhileItsSignatureStaysGenuine() throws Exception {
        String page = qrPageAfterRevoking(steps().issue(steps().eligibleOfficer("吊销")), "SERIOUS_MISCONDUCT");

        assertTrue(page.contains("二维码签名有效"));
        assertTrue(page.contains("<td id=\"status\" class=\"bad\">已吊销</td>"), page);
        assertLeadsWith(page, "bad", "证件已吊销：不得执法");
    }

    @Test
    void shouldTellARetireesCancelledCredentialApartFromARevokedOne() throws Exception {
        String number = steps().issue(steps().eligibleOfficer("注销"));
        String page = qrPageAfterRevoking(number, "HOLDER_RETIRED");
        assertLeadsWith(page, "bad", "证件已注销：不得执法");
        assertTrue(page.contains("<td id=\"status\" class=\"neutral\">已注销</td>"), page);
        assertFalse(page.contains("吊销"), "a retiree must not look penalised: " + page);
        assertEquals("CANCELLED", api().get("/public/v1/credentials/" + number, NOBODY).json().getString("status"));
        JsonObject roster = api().get("/public/v1/officers?q=" + number, NOBODY).json();
        assertEquals("CANCELLED", roster.getJsonArray("items").getJsonObject(0).getString("status"));
        assertEquals(List.of("recover"), api().get("/api/v1/credentials/" + number, as(JUDICIAL)).json()
                .getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void shouldSayFirstThatASuspendedCredentialMayNotEnforceAndThatAForgedLinkCannotBeTrusted() throws Exception {
        String number = steps().issue(steps().eligibleOfficer("暂扣"));
        URI url = decodeQr(api().get("/api/v1/credentials/" + number + "/qr.png", as(JUDICIAL)));
        steps().act(number, "suspend", "UNDER_INVESTIGATION");
        assertLeadsWith(api().get(url.getRawPath() + "?" + url.getRawQuery(), NOBODY).body(), "bad", "证件暂扣：不得执法");
        assertLeadsWith(api().get(url.getRawPath() + "?s=forged", NOBODY).body(), "bad", "不能确认此证件");
        assertLeadsWith(api().get("/verify/NO-SUCH-CARD", NOBODY).body(), "bad", "未找到此证件");
    }

    /** The verdict is the first thing on the page, before the signature's line and the details. */
    /** The page the credential's QR code opens once the credential is revoked for the reason. */
    private String qrPageAfterRevoking(String number, String reason) throws Exception {
        URI url = decodeQr(api().get("/api/v1/credentials/" + number + "/qr.png", as(JUDICIAL)));
        steps().act(number, "revoke", reason);
        return api().get(url.getRawPath() + "?" + url.getRawQuery(), NOBODY).body();
    }

    private static void assertLeadsWith(String page, String verdictClass, String headline) {
        int verdict = page.indexOf("id=\"verdict\" class=\"verdict " + verdictClass + "\"");
        assertTrue(verdict > 0, page);
        assertTrue(page.indexOf("<strong>" + headline + "</strong>", verdict) > verdict, page);
        assertTrue(verdict < page.indexOf("id=\"signature\""), "the verdict comes before the signature's line");
        assertTrue(page.indexOf("id=\"status\"") < 0 || verdict < page.indexOf("id=\"status\""));
    }

    @Test
    void shouldRecogniseTheQrCodeOfACardReplacedAtRenewal() throws Exception {
        String number = steps().issue(steps().eligibleOfficer("旧证"));
        URI old = decodeQr(api().get("/api/v1/credentials/" + number + "/qr.png", as(JUDICIAL)));
        LocalDate today = TestClock.today();
        CredentialApiTest.backdateValidity(number, today.minusYears(5).plusDays(3), today.plusDays(2));
        URI beforeRenewal = decodeQr(api().get("/api/v1/credentials/" + number + "/qr.png", as(JUDICIAL)));
        steps().act(number, "renew", "VALIDITY_ENDING");

        assertTrue(api().get(old.getRawPath() + "?" + old.getRawQuery(), NOBODY).body().contains("二维码签名有效："),
                "the first term is today's renewed term again");
        String page = api().get(beforeRenewal.getRawPath() + "?" + beforeRenewal.getRawQuery(), NOBODY).body();
        assertTrue(page.contains("已换发的旧证"), page);
    }

    @Test
    void shouldRefuseTheQrCodeToOtherOfficersAndTheCardToHr() {
        long holder = steps().eligibleOfficer("卡片");
        String number = steps().issue(holder);
        assertEquals(403, api().get("/api/v1/credentials/" + number + "/qr.png", officer(holder + 1)).status());
        assertEquals(403, api().get("/api/v1/credentials/" + number + "/qr.png", as(HR)).status());
        Reply card = api().get("/api/v1/credentials/" + number + "/card", officer(holder));
        assertEquals(200, card.status());
        assertTrue(card.body().contains("@media print"));
        assertTrue(card.body().contains("data:image/png;base64,"));
        assertTrue(card.body().contains(number));
        assertEquals(403, api().get("/api/v1/credentials/" + number + "/card", as(HR)).status());
    }

    @Test
    void shouldListAnOfficerWithTheNewestCredentialOnly() {
        long officer = steps().eligibleOfficer("公示换证");
        String first = steps().issue(officer);
        steps().act(first, "revoke", "SERIOUS_MISCONDUCT");
        String second = steps().issue(officer);
        Reply roster = api().get("/public/v1/officers?q=%E5%85%AC%E7%A4%BA%E6%8D%A2%E8%AF%81", NOBODY);
        assertEquals(1, roster.json().getJsonNumber("total").longValue(), roster.body());
        assertEquals(second, roster.json().getJsonArray("items").getJsonObject(0).getString("number"));
        // the staff roster shows the same newest credential
        Reply staff = api().get("/api/v1/officers?q=%E5%85%AC%E7%A4%BA%E6%8D%A2%E8%AF%81", as(HR));
        assertTrue(staff.body().contains(second) && !staff.body().contains(first), staff.body());
    }

    @Test
    void shouldFindAnOfficerByAPartOfTheNameAndANumberTypedInFullWidth() {
        String number = steps().issue(steps().eligibleOfficer("欧阳筱磬"));
        for (String q : List.of("筱磬", "阳筱", "欧阳筱磬")) {
            Reply roster = api().get("/public/v1/officers?q=" + pathSegment(q), NOBODY);
            assertEquals(200, roster.status(), roster.body());
            assertTrue(roster.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(entry -> entry.getString("number").equals(number)), q + ": " + roster.body());
        }
        String fullWidthPrefix = number.substring(0, 15).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .collect(java.util.stream.Collectors.joining());
        assertTrue(api().get("/public/v1/officers?size=100&q=" + pathSegment(fullWidthPrefix), NOBODY).body()
                .contains(number), "a number's beginning typed with a Chinese input method");
        assertFalse(api().get("/public/v1/officers?q=" + pathSegment(number.substring(3)), NOBODY).body()
                .contains(number), "numbers are matched from their beginning only");
    }

    @Test
    void shouldSearchThePublicRosterWithoutIdentityNumbers() {
        long officer = steps().eligibleOfficer("公示欧阳");
        String number = steps().issue(officer);
        String idNumber = api().get("/api/v1/officers/" + officer, as(HR)).json().getString("idNumber");

        Reply byName = api().get("/public/v1/officers?q=%E5%85%AC%E7%A4%BA%E6%AC%A7%E9%98%B3", NOBODY);
        assertEquals(200, byName.status(), byName.body());
        assertEquals(1, byName.json().getJsonNumber("total").longValue());
        JsonObject entry = byName.json().getJsonArray("items").getJsonObject(0);
        assertEquals(number, entry.getString("number"));
        assertEquals("市场监管", entry.getJsonArray("categories").getJsonObject(0).getString("name"));
        assertFalse(byName.body().contains(idNumber));

        // q matches anywhere in a name, and from the beginning of a number
        assertTrue(api().get("/public/v1/officers?q=%E5%85%AC%E7%A4%BA&size=500", NOBODY).body().contains(number),
                "公示 begins 公示欧阳");
        assertTrue(api().get("/public/v1/officers?q=%E6%AC%A7%E9%98%B3&size=500", NOBODY).body().contains(number),
                "欧阳 is inside the name");
        assertTrue(api().get("/public/v1/officers?q=" + number.substring(0, number.length() - 1) + "&size=500", NOBODY)
                .body().contains(number), "the number's beginning finds it");
        assertEquals(1, api().get("/public/v1/officers?q=" + number + "&agency=500115002&category=MARKET_REGULATION"
                + "&area=500000", NOBODY).json().getJsonNumber("total").longValue(), "500000 covers 500115");
        assertEquals(0, api().get("/public/v1/officers?q=" + number + "&category=HEALTH", NOBODY)
                .json().getJsonNumber("total").longValue());
        assertEquals(0, api().get("/public/v1/officers?q=" + number + "&area=500101", NOBODY)
                .json().getJsonNumber("total").longValue());
        assertEquals(0, api().get("/public/v1/officers?q=%25", NOBODY).json().getJsonArray("items").stream()
                .filter(item -> !((JsonObject) item).getString("name").contains("%")).count(), "% is no wildcard");
        assertEquals(400, api().get("/public/v1/officers?agency=nope", NOBODY).status());
        assertEquals(400, api().get("/public/v1/officers?size=501", NOBODY).status());
    }

    @Test
    void shouldLookUpACredentialPubliclyWithItsLiveStatus() {
        long officer = steps().eligibleOfficer("查询");
        String number = steps().issue(officer);
        steps().act(number, "suspend", "TEMPORARILY_OFF_POST");

        Reply found = api().get("/public/v1/credentials/" + number, NOBODY);

        assertEquals(200, found.status());
        assertEquals("SUSPENDED", found.json().getString("status"));
        assertEquals("查询", found.json().getString("name"));
        assertFalse(found.json().containsKey("idNumber"));
        assertEquals(400, api().get("/public/v1/credentials/NOPE", NOBODY).status());
    }

    @Test
    void shouldFindACredentialByItsNumberAsPeopleTypeItAndSayWhatANumberLooksLike() {
        String number = steps().issue(steps().eligibleOfficer("全角"));
        String fullWidth = number.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .collect(java.util.stream.Collectors.joining());
        for (String typed : List.of(fullWidth, " " + number.substring(0, 9) + " " + number.substring(9) + " ",
                number.substring(0, 9) + "-" + number.substring(9, 13) + "－" + number.substring(13),
                number.substring(0, 9) + "\u3000" + fullWidth.substring(9))) {
            Reply found = api().get("/public/v1/credentials/" + pathSegment(typed), NOBODY);
            assertEquals(200, found.status(), typed + ": " + found.body());
            assertEquals(number, found.json().getString("number"));
        }

        Reply tooShort = api().get("/public/v1/credentials/" + pathSegment(fullWidth.substring(1)), NOBODY);
        assertEquals(400, tooShort.status(), tooShort.body());
        JsonObject error = tooShort.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("CREDENTIAL_NUMBER_MALFORMED", error.getString("code"));
        assertTrue(error.getString("message").startsWith("执法证号为 18 位（如 "), error.getString("message"));
        assertTrue(error.getString("message").contains("是 17 位"), error.getString("message"));

        String unknownNumber = number.substring(0, 13) + "99999";
        Reply unknown = api().get("/public/v1/credentials/" + unknownNumber, NOBODY);
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().getString("detail").startsWith("未找到证号为 " + unknownNumber + " 的执法证"),
                unknown.json().getString("detail"));
        assertTrue(unknown.json().getString("detail").contains("18 位"));
        assertTrue(api().send("GET", "/public/v1/credentials/" + unknownNumber, NOBODY, null, null,
                Map.of("Accept-Language", "en")).json().getString("detail")
                .startsWith("No credential numbered " + unknownNumber));
    }

    private static String pathSegment(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void shouldReportTheLegalReviewerRatioPerAgency() {
        for (int i = 0; i < 3; i++) {
            long officer = steps().createOfficer("渝中" + i, "REGULAR", "ON_POST", i == 0, i < 2, "500103002");
            steps().passExams(officer);
            steps().issue(officer);
        }

        Reply report = api().get("/api/v1/reports/legal-reviewers", as(JUDICIAL));

        assertEquals(200, report.status(), report.body());
        JsonObject line = report.array().stream().map(JsonObject.class::cast)
                .filter(l -> l.getJsonObject("agency").getString("code").equals("500103002")).findFirst().orElseThrow();
        JsonObject assessment = line.getJsonObject("assessment");
        assertTrue(assessment.getInt("officers") >= 3);
        assertTrue(assessment.getInt("reviewers") >= 2);
        assertTrue(assessment.getInt("unqualifiedReviewers") >= 1);
        assertEquals("0.05", assessment.getJsonNumber("minimumRatio").bigDecimalValue().toPlainString());
        assertTrue(assessment.getBoolean("meetsMinimum"));
        assertEquals(403, api().get("/api/v1/reports/legal-reviewers", as(HR)).status());
    }

    @Test
    void shouldDescribeEveryEndpointInOpenApi() {
        String openapi = api().get("/openapi", NOBODY).body();
        for (String path : List.of("/api/v1/officers", "/api/v1/officers/{id}", "/api/v1/officers/{id}/exams",
                "/api/v1/officers/{id}/eligibility", "/api/v1/officers/import", "/api/v1/credentials",
                "/api/v1/credentials/cleanup", "/api/v1/credentials/{number}", "/api/v1/credentials/{number}/reviews",
                "/api/v1/credentials/{number}/{action}", "/api/v1/credentials/{number}/events",
                "/api/v1/credentials/{number}/qr.png", "/api/v1/credentials/{number}/card",
                "/api/v1/reports/legal-reviewers", "/public/v1/officers", "/public/v1/credentials/{number}",
                "/verify/{number}")) {
            assertTrue(openapi.contains(path + ":"), path);
        }
    }

    private static URI decodeQr(Reply png) throws IOException, com.google.zxing.ReaderException {
        assertEquals(200, png.status());
        assertEquals("image/png", png.contentType());
        var image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        // PURE_BARCODE: the PNG is a generated code, not a photo; the general detector occasionally
        // misses the finder patterns of such crisp images
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        return URI.create(text);
    }
}
