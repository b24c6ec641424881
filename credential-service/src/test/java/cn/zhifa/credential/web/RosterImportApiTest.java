package cn.zhifa.credential.web;

import cn.zhifa.credential.testing.CredentialSteps;
import cn.zhifa.credential.testing.TestOfficers;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static cn.zhifa.platform.security.Roles.HR;
import static cn.zhifa.platform.security.Roles.JUDICIAL;
import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roster import (CSV and xlsx): all or nothing, every bad row reported, re-import harmless. */
@HelidonTest
@DatabaseTest
class RosterImportApiTest {
    private static final String HEADER = "name,idNumber,agencyCode,position,employmentType,postStatus,categories,areas,"
            + "legalQualification,legalReviewer\n";

    @Inject
    WebTarget target;

    private ApiClient api() {
        return ApiClient.of(target);
    }

    private CredentialSteps steps() {
        return new CredentialSteps(api());
    }

    @Test
    void shouldImportACsvAndChangeNothingWhenTheSameFileComesAgain() throws SQLException {
        String first = TestOfficers.newIdNumber();
        String second = TestOfficers.newIdNumber();
        byte[] csv = ("\uFEFF" + HEADER
                + "张伟," + first + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION;HEALTH,500115,是,否\n"
                + "\"王芳\"," + second + ",500115003,队员,CONTRACT,ON_POST,URBAN_MANAGEMENT,500115,false,false\n")
                .getBytes(StandardCharsets.UTF_8);

        Reply imported = api().upload("/api/v1/officers/import", "text/csv", csv, as(HR));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("created"));
        assertEquals(2, officerRows(first, second));
        long auditBefore = auditCount();

        Reply again = api().upload("/api/v1/officers/import", "text/csv", csv, as(HR));

        assertEquals(0, again.json().getInt("created"));
        assertEquals(0, again.json().getInt("updated"));
        assertEquals(2, again.json().getInt("unchanged"));
        assertEquals(auditBefore, auditCount(), "nothing recorded twice");
    }

    @Test
    void shouldUpdateAKnownOfficerFromAChangedRow() {
        String idNumber = TestOfficers.newIdNumber();
        String row = "李强," + idNumber + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,0,0\n";
        api().upload("/api/v1/officers/import", "text/csv", (HEADER + row).getBytes(StandardCharsets.UTF_8), as(HR));

        Reply changed = api().upload("/api/v1/officers/import", "text/csv",
                (HEADER + row.replace("ON_POST", "RETIRED")).getBytes(StandardCharsets.UTF_8), as(HR));

        assertEquals(1, changed.json().getInt("updated"));
    }

    @Test
    void shouldReportEveryBadRowWithLineAndFieldAndStoreNothing() throws SQLException {
        String good = TestOfficers.newIdNumber();
        String repeated = TestOfficers.newIdNumber();
        byte[] csv = (HEADER
                + "好人," + good + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,,\n"
                + "坏人,500115198503120011,500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,,\n"
                + "重复一," + repeated + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,,\n"
                + "重复二," + repeated + ",999,科员,BOSS,ON_POST,MARKET_REGULATION,500115,maybe,\n")
                .getBytes(StandardCharsets.UTF_8);

        Reply refused = api().upload("/api/v1/officers/import", "text/csv", csv, as(HR));

        assertEquals(400, refused.status(), refused.body());
        List<String> errors = errors(refused);
        assertEquals(List.of("lines[3].idNumber:ID_NUMBER_CHECKSUM", "lines[5].legalQualification:FIELD_INVALID",
                "lines[5].agencyCode:UNKNOWN_AGENCY", "lines[5].employmentType:VALUE_NOT_ALLOWED"), errors);
        assertFalse(refused.body().contains("500115198503120011"));
        assertEquals(0, officerRows(good, repeated), "all rows or none");
    }

    @Test
    void shouldReportARepeatedIdentityNumberWithTheLineItFirstAppearedOn() {
        String repeated = TestOfficers.newIdNumber();
        String row = "重复," + repeated + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,,\n";
        Reply refused = api().upload("/api/v1/officers/import", "text/csv",
                (HEADER + row + row).getBytes(StandardCharsets.UTF_8), as(HR));
        assertEquals(400, refused.status());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("lines[3].idNumber", error.getString("field"));
        assertEquals("该身份证号码已出现在文件第 2 行。", error.getString("message"));
    }

    @Test
    void shouldImportAGbkFileAsExcelOnAChineseWindowsSavesItWithoutAskingForACharset() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        byte[] gbk = gbkFile(idNumber);

        Reply imported = api().upload("/api/v1/officers/import", "text/csv", gbk, as(HR));

        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, officerRows(idNumber));
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT name FROM cred_officer WHERE id_number = ?")) {
            q.setString(1, idNumber);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("欧阳娜娜", rs.getString(1));
            }
        }
    }

    @Test
    void shouldRefuseAWholeFileThatIsNotTheDeclaredCharsetAndStoreNothing() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        byte[] gbk = gbkFile(idNumber);

        Reply refused = api().upload("/api/v1/officers/import", "text/csv;charset=UTF-8", gbk, as(HR));

        assertEquals(400, refused.status());
        assertEquals("IMPORT_ENCODING_UNREADABLE",
                refused.codes().getFirst());
        assertEquals(0, officerRows(idNumber));
    }

    @Test
    void shouldOfferATemplateWithChineseHeadersThatImportsOnceFilledIn() throws SQLException {
        Reply template = api().get("/api/v1/officers/import/template", as(HR));
        String idNumber = TestOfficers.newIdNumber();

        assertEquals(200, template.status());
        assertEquals("\uFEFF姓名,身份证号码,执法单位代码,职务,人员性质,在岗状态,执法类别,执法区域,法律职业资格,法制审核人员",
                template.body().strip());
        Reply imported = api().upload("/api/v1/officers/import", "text/csv", (template.body()
                + "欧阳修," + idNumber + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,否,否\n")
                .getBytes(StandardCharsets.UTF_8), as(HR));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, officerRows(idNumber));
        assertEquals(403, api().get("/api/v1/officers/import/template", as(TRAINER)).status());
    }

    @Test
    void shouldReadValuesASheetNamesInChinese() throws SQLException {
        String idNumber = TestOfficers.newIdNumber();
        Reply imported = api().upload("/api/v1/officers/import", "text/csv", (
                "姓名,身份证号码,执法单位代码,职务,人员性质,在岗状态,执法类别,执法区域\n"
                + "周敏," + idNumber + ",重庆市长寿区市场监督管理局,科员,在编,在岗,市场监管；HEALTH,长寿区\n")
                .getBytes(StandardCharsets.UTF_8), as(HR));
        assertEquals(200, imported.status(), imported.body());

        JsonObject officer = api().get("/api/v1/officers/" + officerId(idNumber), as(HR)).expect(200).json();
        assertEquals("500115002", officer.getJsonObject("agency").getString("code"));
        assertEquals("REGULAR", officer.getString("employmentType"));
        assertEquals("ON_POST", officer.getString("postStatus"));
        assertEquals(List.of("HEALTH", "MARKET_REGULATION"), codes(officer, "categories"));
        assertEquals(List.of("500115"), codes(officer, "areas"));

        Reply unknown = api().upload("/api/v1/officers/import", "text/csv", (HEADER + "周敏," + TestOfficers.newIdNumber()
                + ",500115002,科员,正式工,在岗,MARKET_REGULATION,500115,否,否\n").getBytes(StandardCharsets.UTF_8), as(HR));
        assertEquals(List.of("lines[2].employmentType:VALUE_NOT_ALLOWED"), errors(unknown), unknown.body());
    }

    @Test
    void shouldRefuseAFileWithoutTheRequiredColumnsNamingThemInTheReadersLanguage() {
        Reply refused = api().upload("/api/v1/officers/import", "text/csv",
                "name,idNumber\n张三,1\n".getBytes(StandardCharsets.UTF_8), as(HR));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("IMPORT_COLUMN_MISSING"));
        assertTrue(refused.body().contains("文件缺少列：执法单位代码（agencyCode）。"), refused.body());
        Reply english = api().send("POST", "/api/v1/officers/import", as(HR), "text/csv",
                "姓名,身份证号码\n张三,1\n".getBytes(StandardCharsets.UTF_8), java.util.Map.of("Accept-Language", "en"));
        assertTrue(english.body().contains("The file lacks the column agencyCode (执法单位代码)."), english.body());
        assertEquals(403, api().upload("/api/v1/officers/import", "text/csv", new byte[0], as(JUDICIAL)).status());
    }

    @Test
    void shouldImportAnXlsxSheet() throws IOException, SQLException {
        String idNumber = TestOfficers.newIdNumber();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("花名册");
            String[] header = HEADER.strip().split(",");
            String[] values = {"赵敏", idNumber, "500115004", "科员", "REGULAR", "ON_POST", "ECOLOGY_ENVIRONMENT",
                    "500115", "否", "是"};
            Row first = sheet.createRow(0);
            Row second = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
                second.createCell(i).setCellValue(values[i]);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Reply imported = api().upload("/api/v1/officers/import",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx, as(HR));

        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("created"));
        assertEquals(1, officerRows(idNumber));
    }

    /** Issue 23 item 3: a name that would display reversed (U+202E) or hold a NUL is refused, and nothing stored. */
    @Test
    void shouldRefuseControlAndBidiCharactersInImportedCellsNamingTheLineAndColumn() throws SQLException {
        String clean = TestOfficers.newIdNumber();
        String reversed = TestOfficers.newIdNumber();
        String rows = "张伟," + clean + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,是,否\n"
                + "\u202E芳王," + reversed + ",500115003,队\u0000员,CONTRACT,ON_POST,URBAN_MANAGEMENT,500115,false,false\n";

        Reply refused = api().upload("/api/v1/officers/import", "text/csv",
                (HEADER + rows).getBytes(StandardCharsets.UTF_8), as(HR));

        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("lines[3].name:TEXT_CHARACTER_FORBIDDEN", "lines[3].position:TEXT_CHARACTER_FORBIDDEN"),
                errors(refused).stream().sorted().toList());
        assertTrue(refused.body().contains("U+202E"), refused.body());
        assertEquals(0, officerRows(clean, reversed), "all or nothing");
    }

    /** The problem's errors as {@code field:code}, in the order given. */
    private static List<String> errors(Reply refused) {
        return refused.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field") + ":" + e.getString("code")).toList();
    }

    /** A roster file as Excel on a Chinese Windows saves "CSV": GBK. */
    private static byte[] gbkFile(String idNumber) {
        return (HEADER + "欧阳娜娜," + idNumber + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,否,否\n")
                .getBytes(Charset.forName("GBK"));
    }

    private static int officerRows(String... idNumbers) throws SQLException {
        int found = 0;
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM cred_officer WHERE id_number = ?")) {
            for (String idNumber : idNumbers) {
                q.setString(1, idNumber);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    found += rs.getInt(1);
                }
            }
        }
        return found;
    }

    private static List<String> codes(JsonObject officer, String list) {
        return officer.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(named -> named.getString("code")).toList();
    }

    private static long officerId(String idNumber) throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement q = c.prepareStatement("SELECT id FROM cred_officer WHERE id_number = ?")) {
            q.setString(1, idNumber);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "officer " + idNumber + " stored");
                return rs.getLong(1);
            }
        }
    }

    private static long auditCount() throws SQLException {
        try (Connection c = TestDatabase.current().connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM shr_audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
