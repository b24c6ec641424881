package cn.zhifa.training.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Tokens;
import cn.zhifa.training.testing.TrainingSteps;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Officers of 2024 (a closed year, so the result does not depend on today): A compliant; B (in a
 * sub-agency) short of hours, with an update training of the parent bureau only; D six hours short and
 * without an update training; C in an agency outside the report's filter.
 */
@HelidonTest
@DatabaseTest
class CreditsAndComplianceApiTest {
    private static final int YEAR = 2024;
    private static final String MARKET = "500115002";
    private static final String MARKET_OFFICE = "500115011";

    @Inject
    WebTarget target;
    @Inject
    TrainingDutyQuery dutyQuery;

    // Seeded once for the class (the server is up only once the first test runs, so not in @BeforeAll).
    private static long a;
    private static long b;
    private static long d;
    private static long c;

    @BeforeEach
    void trainingOf2024() {
        if (a != 0) {
            return;
        }
        TrainingSteps steps = new TrainingSteps(ApiClient.of(target));
        a = CredentialTables.officer("甲", MARKET);
        b = CredentialTables.officer("乙", MARKET_OFFICE);
        d = CredentialTables.officer("丁", MARKET);
        c = CredentialTables.officer("丙", "500115005");
        long comprehensive = steps.course("COMPREHENSIVE_LAW", "500115001", "30", YEAR);
        long professional = steps.course("PROFESSIONAL_LAW", MARKET, "24", YEAR);
        long update = steps.course("LAW_UPDATE", MARKET, "6", YEAR);
        long political = steps.course("POLITICAL", "500115001", "10", YEAR);
        steps.attend(comprehensive, a, 30, b, 30, d, 30, c, 30);
        steps.attend(professional, a, 24, d, 24);
        steps.attend(update, a, 6, b, 6);
        steps.attend(political, b, 10, d, 10);
    }

    @Test
    void shouldShowAnOfficerTheirOwnCreditsWithWhatIsMissing() {
        JsonObject credits = credits(b, Tokens.bearer(String.valueOf(b), Roles.OFFICER)).readEntity(JsonObject.class);

        assertEquals(YEAR, credits.getInt("year"));
        assertEquals(new BigDecimal("36"), credits.getJsonNumber("legalHours").bigDecimalValue());
        assertEquals(new BigDecimal("60"), credits.getJsonNumber("requiredHours").bigDecimalValue());
        assertEquals(new BigDecimal("10"), credits.getJsonNumber("otherHours").bigDecimalValue());
        assertEquals(0, credits.getInt("updateTrainings"), "the update training was organised by the parent bureau");
        assertFalse(credits.getBoolean("compliant"));
        assertEquals("NOT_COMPLIANT", credits.getString("status"));
        assertEquals("还差 24 学时", credits.getJsonArray("missing").getJsonObject(0).getString("message"));
        assertEquals("OWN_UNIT_UPDATE_MISSING", credits.getJsonArray("missing").getJsonObject(1).getString("code"));
        assertEquals(3, credits.getJsonArray("records").size());
    }

    @Test
    void shouldShowNobodyElsesCreditsToAnOfficer() {
        assertEquals(403, credits(a, Tokens.bearer(String.valueOf(b), Roles.OFFICER)).getStatus());
        assertEquals(200, credits(a, Tokens.bearer("hr-1", Roles.HR)).getStatus());
        assertEquals(200, credits(a, Tokens.bearer("t-1", Roles.TRAINER)).getStatus());
        assertEquals(403, credits(a, Tokens.bearer("p-1", Roles.PLANNER)).getStatus());
        assertEquals(404, credits(9_000_000_000L + a, Tokens.bearer("hr-1", Roles.HR)).getStatus());
    }

    @Test
    void shouldAnswerCredentialServicesAnnualReviewWithTheSameAssessment() {
        TrainingDutyStatus compliant = dutyQuery.yearlyDuty(a, YEAR);
        TrainingDutyStatus behind = dutyQuery.yearlyDuty(b, YEAR);

        assertTrue(compliant.compliant());
        assertEquals(0, new BigDecimal("60").compareTo(compliant.legalHours()));
        assertEquals(1, compliant.ownUnitUpdateTrainings());
        assertFalse(behind.compliant());
        assertEquals(List.of("LEGAL_HOURS_SHORT", "OWN_UNIT_UPDATE_MISSING"), behind.missingCodes());
        assertEquals(0, new BigDecimal("60").compareTo(behind.requiredHours()));
    }

    @Test
    void shouldListTheAgencyAndItsSubAgenciesFurthestBehindFirst() {
        JsonObject report = compliance(MARKET, null);

        Map<Long, JsonObject> mine = new java.util.LinkedHashMap<>();
        report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> List.of(a, b, c, d).contains(item.getJsonNumber("officerId").longValue()))
                .forEach(item -> mine.put(item.getJsonNumber("officerId").longValue(), item));
        assertEquals(List.of(b, d, a), new ArrayList<>(mine.keySet()), "C's agency is outside the filter");
        assertEquals("NOT_COMPLIANT", mine.get(d).getString("status"));
        assertEquals("COMPLIANT", mine.get(a).getString("status"));
        assertEquals("重庆市长寿区市场监督管理局", mine.get(a).getString("agencyName"));
    }

    @Test
    void shouldShowWhoIsOnTrackMidYear() {
        JsonObject report = compliance(MARKET, "2024-07-02");

        assertEquals(new BigDecimal("30.5"), report.getJsonNumber("expectedHours").bigDecimalValue(),
                "60 h x 184/366 days, rounded up to half an hour");
        Map<Long, String> status = report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(item -> item.getJsonNumber("officerId").longValue(),
                        item -> item.getString("status")));
        assertEquals("ON_TRACK", status.get(b));
        assertEquals("ON_TRACK", status.get(d));
        assertEquals("COMPLIANT", status.get(a));
    }

    @Test
    void shouldRefuseAnUnknownAgency() {
        Response response = target.path("/api/v1/training/compliance").queryParam("agency", "nope").request()
                .header("Authorization", Tokens.bearer("j", Roles.JUDICIAL)).get();

        assertEquals(400, response.getStatus());
    }

    @Test
    void shouldDownloadTheReportAsCsvForExcel() {
        Response response = download("text/csv");

        assertEquals(200, response.getStatus());
        assertTrue(response.getHeaderString("Content-Disposition").contains("training-compliance-2024.csv"));
        byte[] body = response.readEntity(byte[].class);
        assertEquals((byte) 0xEF, body[0], "UTF-8 byte-order mark, for Excel");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("人员编号,姓名,单位,法律知识学时"), text);
        assertTrue(text.contains(b + ",乙,长寿区市场监督管理局凤城市场监管所,36,10,0,未达标,还差 24 学时；还差 1 次本单位组织的法律知识更新培训"),
                text);
    }

    @Test
    void shouldDownloadTheReportAsXlsx() throws IOException {
        Response response = download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        assertEquals(200, response.getStatus());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.readEntity(byte[].class)))) {
            List<String> names = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                names.add(row.getCell(1).getStringCellValue());
            }
            assertEquals("姓名", names.get(0));
            assertTrue(names.indexOf("乙") < names.indexOf("甲"), names.toString());
        }
    }

    @Test
    void shouldRenderThePrintableArchiveAndItsDownload() {
        String officer = Tokens.bearer(String.valueOf(b), Roles.OFFICER);
        Response html = archive(b, officer, "text/html");
        Response csv = archive(b, officer, "text/csv");
        JsonObject json = archive(b, officer, "application/json").readEntity(JsonObject.class);

        assertEquals(200, html.getStatus());
        String page = html.readEntity(String.class);
        assertTrue(page.contains("<h1>培训档案</h1>") && page.contains("乙") && page.contains("未达标"), page);
        assertTrue(csv.readEntity(String.class).contains("2024"));
        assertEquals(YEAR, json.getJsonArray("years").getJsonObject(0).getInt("year"));
        assertEquals(403, archive(a, officer, "text/html").getStatus());
    }

    @Test
    void shouldRefuseAComplianceDayOutsideTheCalendarWithTheReason() {
        for (String asOf : new String[] {"-999999999-01-01", "+999999999-12-31", "2026-13-01"}) {
            Response response = target.path("/api/v1/training/compliance").queryParam("year", YEAR)
                    .queryParam("agency", MARKET).queryParam("asOf", asOf).request()
                    .header("Authorization", Tokens.bearer("j", Roles.JUDICIAL)).get();
            assertEquals(400, response.getStatus(), asOf);
            assertEquals("asOf", response.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0)
                    .getString("field"));
        }
    }

    @Test
    void shouldWriteOfficerNamesAndCourseTitlesThatLookLikeFormulasAsTextInEveryDownload() throws IOException {
        String agency = "500115004";
        String name = "=HYPERLINK(\"http://x.cn\",\"点击\")";
        String title = "@SUM(1+1) 法律培训";
        long officer = CredentialTables.officer(name, agency);
        Response created = target.path("/api/v1/courses").request().header("Authorization", as(TRAINER))
                .post(Entity.json(Json.createObjectBuilder().add("title", title).add("category", "PROFESSIONAL_LAW")
                        .add("organizerAgency", agency).add("hours", 4).add("startsOn", YEAR + "-06-01")
                        .add("endsOn", YEAR + "-06-01").add("mode", "OFFLINE").build()));
        assertEquals(201, created.getStatus());
        new TrainingSteps(ApiClient.of(target)).attend(created.readEntity(JsonObject.class).getJsonNumber("id").longValue(),
                officer, 4);
        String hr = Tokens.bearer("hr-1", Roles.HR);

        String compliance = target.path("/api/v1/training/compliance").queryParam("year", YEAR)
                .queryParam("agency", agency).request("text/csv").header("Authorization", hr).get(String.class);
        String archive = archive(officer, hr, "text/csv").readEntity(String.class);

        assertTrue(compliance.contains(officer + ",\"'=HYPERLINK("), compliance);
        assertTrue(archive.contains("'@SUM(1+1) 法律培训"), archive);
        assertFalse(compliance.contains(",\"=") || compliance.contains(",="), compliance);
        assertFalse(archive.contains(",@") || archive.contains(",\"@"), archive);
        Response xlsx = target.path("/api/v1/training/compliance").queryParam("year", YEAR).queryParam("agency", agency)
                .request("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").header("Authorization", hr)
                .get();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.readEntity(byte[].class)))) {
            // the agency has other officers (tests share the database): find this one's row by its name cell
            List<Cell> names = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(1)));
            assertTrue(names.stream().anyMatch(cell -> cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(name)), "the name as a text cell, not a formula");
        }
    }

    private Response credits(long officerId, String token) {
        return target.path("/api/v1/officers/" + officerId + "/training").queryParam("year", YEAR).request()
                .header("Authorization", token).get();
    }

    private JsonObject compliance(String agency, String asOf) {
        WebTarget report = target.path("/api/v1/training/compliance").queryParam("year", YEAR)
                .queryParam("agency", agency).queryParam("size", 500);
        if (asOf != null) {
            report = report.queryParam("asOf", asOf);
        }
        return report.request().header("Authorization", Tokens.bearer("j", Roles.JUDICIAL)).get(JsonObject.class);
    }

    private Response download(String type) {
        return target.path("/api/v1/training/compliance").queryParam("year", YEAR).queryParam("agency", MARKET)
                .request(type).header("Authorization", Tokens.bearer("hr-1", Roles.HR)).get();
    }

    private Response archive(long officerId, String token, String type) {
        return target.path("/api/v1/officers/" + officerId + "/training/archive").request(type)
                .header("Authorization", token).get();
    }
}
