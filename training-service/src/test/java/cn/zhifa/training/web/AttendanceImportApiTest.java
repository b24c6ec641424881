package cn.zhifa.training.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.db.testing.TestDatabase;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.CredentialTables;
import cn.zhifa.platform.testing.Sql;
import cn.zhifa.training.testing.Totals;
import cn.zhifa.training.testing.TrainingSteps;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static cn.zhifa.platform.security.Roles.TRAINER;
import static cn.zhifa.platform.testing.Tokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@HelidonTest
@DatabaseTest
class AttendanceImportApiTest {
    private static final String AGENCY = "500115006";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    WebTarget target;

    private long course;
    private long political;
    private long zhang;
    private long li;

    @BeforeEach
    void courseAndOfficers() {
        TrainingSteps steps = new TrainingSteps(ApiClient.of(target));
        course = steps.course("COMPREHENSIVE_LAW", AGENCY, "6", 2026);
        political = steps.course("POLITICAL", AGENCY, "3", 2026);
        zhang = CredentialTables.officer("张三", AGENCY);
        li = CredentialTables.officer("李四", AGENCY);
    }

    @Test
    void shouldImportByOfficerIdOrIdNumberAndRecognizeTheSameFileAgain() {
        String file = "courseId,officerId,idNumber,hours\n" + course + "," + zhang + ",,6\n"
                + course + ",," + CredentialTables.idNumberOf(li) + ",5.5\n" + political + "," + zhang + ",,3\n";

        Response first = post(file.getBytes(StandardCharsets.UTF_8), CSV);
        Response again = post(file.getBytes(StandardCharsets.UTF_8), CSV);

        JsonObject imported = first.readEntity(JsonObject.class);
        assertEquals(201, first.getStatus(), imported.toString());
        assertEquals(3, imported.getInt("rows"));
        assertEquals("14.5", imported.getJsonNumber("hours").toString());
        JsonObject repeated = again.readEntity(JsonObject.class);
        assertEquals(200, again.getStatus());
        assertTrue(repeated.getBoolean("alreadyImported"));
        assertEquals(imported.getJsonNumber("batchId"), repeated.getJsonNumber("batchId"));
        assertEquals(2, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
        assertEquals(11, Sql.number("SELECT comprehensive_half_hours FROM trn_year_total"
                + " WHERE credit_year = 2026 AND officer_id = ?", li));
        assertEquals(6, Sql.number("SELECT political_half_hours FROM trn_year_total"
                + " WHERE credit_year = 2026 AND officer_id = ?", zhang));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM shr_audit_event WHERE action = 'TRAINING_ATTENDANCE_IMPORTED'"
                + " AND entity_id = ?", imported.getJsonNumber("batchId").toString()));
    }

    @Test
    void shouldKeepTheTotalsEqualToTheImportedRowsOverManyChunks() {
        TrainingSteps steps = new TrainingSteps(ApiClient.of(target));
        long update = steps.course("LAW_UPDATE", AGENCY, "4", 2026);
        long otherUpdate = steps.course("LAW_UPDATE", "500115007", "2", 2026);
        StringBuilder file = new StringBuilder("courseId,officerId,idNumber,hours\n");
        List<Long> officers = new ArrayList<>();
        // 130 officers in three courses each: 390 rows, eight chunks of 50 (test config), by id and by identity
        // number (lower-case check character, as typed), the courses interleaved so every chunk touches each.
        for (int i = 0; i < 130; i++) {
            long officer = CredentialTables.officer("汇总" + i, AGENCY);
            officers.add(officer);
            String by = i % 2 == 0 ? officer + "," : "," + CredentialTables.idNumberOf(officer).toLowerCase(Locale.ROOT);
            file.append(course).append(',').append(by).append(',').append(i % 3 == 0 ? "6" : "5.5").append('\n')
                    .append(update).append(',').append(by).append(",4\n")
                    .append(otherUpdate).append(',').append(by).append(",1.5\n");
        }

        Response response = post(file.toString().getBytes(StandardCharsets.UTF_8), CSV);

        assertEquals(201, response.getStatus(), response.readEntity(String.class));
        assertEquals(390, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id IN (?, ?, ?)", course,
                update, otherUpdate));
        assertEquals(12, Sql.number("SELECT comprehensive_half_hours FROM trn_year_total"
                + " WHERE credit_year = 2026 AND officer_id = ?", officers.get(0)));
        assertEquals(11, Sql.number("SELECT law_update_half_hours FROM trn_year_total"
                + " WHERE credit_year = 2026 AND officer_id = ?", officers.get(129)));
        assertEquals(1, Sql.number("SELECT course_count FROM trn_update_total WHERE credit_year = 2026"
                + " AND officer_id = ? AND organizer_agency = '500115007'", officers.get(129)));
        assertEquals(0, Totals.yearTotalMismatches());
        assertEquals(0, Totals.updateTotalMismatches());
    }

    @Test
    void shouldReportAnUnknownIdentityNumberWithItsLine() {
        Response response = post(("courseId,idNumber,hours\n" + course + "," + CredentialTables.idNumberOf(zhang)
                + ",6\n" + course + ",110101199001011237,6\n").getBytes(StandardCharsets.UTF_8), CSV);

        assertEquals(422, response.getStatus());
        assertEquals("line:3:idNumber:OFFICER_UNKNOWN", firstError(response));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
    }

    /** Issue 22 item 11: a sign-in sheet names attendees by identity or credential number, not internal ids. */
    @Test
    void shouldImportAGbkSheetNamingOfficersByIdentityNumberOrCredentialNumber() {
        String liCredential = CredentialTables.credential(li, AGENCY, "ACTIVE");
        String zhangIdNumber = CredentialTables.idNumberOf(zhang);
        // as typed in Excel with a Chinese input method: full-width digits, a space, a lower-case x
        String typed = zhangIdNumber.substring(0, 6) + " " + toFullWidth(zhangIdNumber.substring(6, 17))
                + zhangIdNumber.substring(17).toLowerCase(Locale.ROOT);
        byte[] gbk = ("课程编号,姓名,身份证号,执法证号,学时\r\n" + course + ",张三," + typed + ",,6\r\n"
                + course + ",李四,," + liCredential + ",5.5\r\n").getBytes(Charset.forName("GBK"));

        Response response = post(gbk, CSV);

        assertEquals(201, response.getStatus(), response.readEntity(String.class));
        assertEquals(12, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, zhang));
        assertEquals(11, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, li));
    }

    @Test
    void shouldNameEveryMistypedOrUnknownIdentityAndCredentialNumberByRowAndStoreNothing() {
        String zhangIdNumber = CredentialTables.idNumberOf(zhang);
        String mistyped = zhangIdNumber.substring(0, 16) + (zhangIdNumber.charAt(16) == '9' ? '0' : '9')
                + zhangIdNumber.charAt(17);
        byte[] gbk = ("课程编号,身份证号码,执法证号,学时,姓名\r\n"
                + course + "," + zhangIdNumber + ",,6,张三\r\n"
                + course + "," + mistyped + ",,6,张三\r\n"
                + course + ",,500115NOSUCHNUMBER,6,李四\r\n"
                + course + "," + CredentialTables.idNumberOf(li) + "," + CredentialTables.credential(li, AGENCY, "ACTIVE")
                + ",6,李四\r\n"
                + course + ",,50011500#1,6,李四\r\n").getBytes(Charset.forName("GBK"));

        Response response = post(gbk, CSV);

        assertEquals(422, response.getStatus());
        assertEquals(List.of("line:3:idNumber:IMPORT_ID_NUMBER_INVALID", "line:4:credentialNumber:OFFICER_UNKNOWN",
                        "line:5:credentialNumber:IMPORT_OFFICER_GIVEN_TWICE",
                        "line:6:credentialNumber:IMPORT_CREDENTIAL_NUMBER_INVALID"),
                errors(response));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
    }

    @Test
    void shouldStoreNothingAndListEveryBadRowWithLineAndField() {
        long bulk = new TrainingSteps(ApiClient.of(target)).course("OTHER", AGENCY, "1", 2026);
        StringBuilder file = new StringBuilder("courseId,officerId,hours\n");
        // 120 good rows first: with chunks of 50 (test config) two chunks are inserted before the bad lines.
        for (int i = 0; i < 120; i++) {
            file.append(bulk).append(',').append(CredentialTables.officer("学员" + i, AGENCY)).append(",1\n");
        }
        file.append(course).append(',').append(zhang).append(",7\n")          // line 122: over the course
                .append("99999999,").append(li).append(",1\n")                // line 123: unknown course
                .append(course).append(",99999999,2\n")                       // line 124: unknown officer
                .append(course).append(',').append(li).append(",1.2\n")       // line 125: not a half step
                .append(course).append(',').append(li).append(",1\n")         // line 126
                .append(course).append(',').append(li).append(",1\n");        // line 127: twice in the file

        Response response = post(file.toString().getBytes(StandardCharsets.UTF_8), CSV);

        assertEquals(422, response.getStatus());
        List<String> errors = response.readEntity(JsonObject.class).getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field") + ":" + e.getString("code")).toList();
        // In line order, whether a line failed to parse or a check.
        assertEquals(List.of("line:122:hours:HOURS_OVER_COURSE", "line:123:courseId:IMPORT_COURSE_UNKNOWN",
                "line:124:officerId:OFFICER_UNKNOWN", "line:125:hours:HOURS_NOT_HALF_STEP",
                "line:127:officerId:IMPORT_DUPLICATE_ROW"), errors);
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id IN (?, ?)", bulk, course));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_import_batch b WHERE NOT EXISTS"
                + " (SELECT 1 FROM trn_attendance a WHERE a.batch_id = b.id)"));
    }

    @Test
    void shouldRefuseRowsOfCoursesOutsideTheImportedYear() {
        long lastYear = new TrainingSteps(ApiClient.of(target)).course("OTHER", AGENCY, "2", 2025);

        Response response = target.path("/api/v1/attendance/import").queryParam("year", 2026).request()
                .header("Authorization", as(TRAINER))
                .post(Entity.entity("courseId,officerId,hours\n" + lastYear + "," + zhang + ",2\n", CSV));

        assertEquals(422, response.getStatus());
        assertEquals("IMPORT_COURSE_OUTSIDE_YEAR", response.readEntity(JsonObject.class).getJsonArray("errors")
                .getJsonObject(0).getString("code"));
    }

    @Test
    void shouldReportAnAlreadyRecordedAttendance() {
        new TrainingSteps(ApiClient.of(target)).attend(course, zhang, 6);

        Response response = post(("courseId,officerId,hours\n" + course + "," + li + ",6\n" + course + "," + zhang
                + ",6\n").getBytes(StandardCharsets.UTF_8), CSV);

        assertEquals(422, response.getStatus());
        assertEquals("line:3:officerId:ATTENDANCE_ALREADY_RECORDED", firstError(response));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, li));
    }

    @Test
    void shouldDecodeAGbkFileFromExcelAndSkipAByteOrderMark() {
        byte[] gbk = ("courseId,officerId,hours,姓名\r\n" + course + "," + zhang + ",6,张三\r\n")
                .getBytes(Charset.forName("GBK"));
        byte[] utf8 = ("\uFEFFcourseId,officerId,hours\r\n" + course + "," + li + ",6\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(201, post(gbk, CSV).getStatus());
        assertEquals(201, post(utf8, CSV).getStatus());
        assertEquals(2, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
    }

    @Test
    void shouldRefuseAnEmptyFileAWrongHeaderAndAWronglyDeclaredCharset() {
        Response empty = post(new byte[0], CSV);
        Response header = post("course,officer,hours\n1,2,3\n".getBytes(StandardCharsets.UTF_8), CSV);
        Response declared = post(("courseId,officerId,hours,姓名\n" + course + "," + zhang + ",6,张三\n")
                .getBytes(Charset.forName("GBK")), CSV + ";charset=UTF-8");

        assertEquals(400, empty.getStatus());
        assertEquals("file:IMPORT_FILE_EMPTY", firstError(empty));
        assertEquals(400, header.getStatus());
        assertEquals("file:IMPORT_HEADER_INVALID", firstError(header));
        assertEquals("file:IMPORT_ENCODING_UNREADABLE", firstError(declared));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
    }

    @Test
    void shouldStoreNothingWhenTheFileTurnsUnreadableAfterChunksWereInserted() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("courseId,officerId,hours,备注\n".getBytes(StandardCharsets.UTF_8));
        // Long notes push the bad bytes far past the decoder's buffer: chunks of 50 (test config) are inserted first.
        String note = "签到表".repeat(100);
        for (int i = 0; i < 120; i++) {
            file.write((course + "," + CredentialTables.officer("解码" + i, AGENCY) + ",1," + note + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        file.write(new byte[] {'9', ',', '9', ',', '1', ',', (byte) 0xC3, '(', '\n'});

        Response response = post(file.toByteArray(), CSV + ";charset=UTF-8");

        assertEquals(400, response.getStatus());
        assertEquals("file:IMPORT_ENCODING_UNREADABLE", firstError(response));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_import_batch b WHERE NOT EXISTS"
                + " (SELECT 1 FROM trn_attendance a WHERE a.batch_id = b.id)"));
    }

    @Test
    void shouldImportAnXlsxWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("学时");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("courseId");
            header.createCell(1).setCellValue("idNumber");
            header.createCell(2).setCellValue("hours");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(course);
            row.createCell(1).setCellValue(CredentialTables.idNumberOf(zhang));
            row.createCell(2).setCellValue(4.5);
            workbook.write(bytes);
        }

        Response response = post(bytes.toByteArray(), XLSX);

        assertEquals(201, response.getStatus(), response.readEntity(String.class));
        assertEquals(9, Sql.number("SELECT half_hours FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, zhang));
    }

    @Test
    void shouldLetOnlyTrainersImport() {
        Response response = target.path("/api/v1/attendance/import").request()
                .header("Authorization", cn.zhifa.platform.testing.Tokens.bearer("hr-1", "hr"))
                .post(Entity.entity("courseId,officerId,hours\n", CSV));

        assertEquals(403, response.getStatus());
    }

    @Test
    void shouldOfferATemplateWithChineseHeadersThatImportsOnceFilledIn() {
        Response template = target.path("/api/v1/attendance/import/template").request("text/csv")
                .header("Authorization", as(TRAINER)).get();
        String header = template.readEntity(String.class);

        assertEquals(200, template.getStatus());
        assertEquals("\uFEFF课程编号,人员编号,身份证号码,执法证号,学时", header.strip());
        Response imported = post((header + course + "," + zhang + ",,,6\n").getBytes(StandardCharsets.UTF_8), CSV);
        assertEquals(201, imported.getStatus(), imported.readEntity(String.class));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ? AND officer_id = ?",
                course, zhang));
    }

    /**
     * A course change that commits while an import is under way (issue: 4,000 attendances of 8 h stored against
     * a course cut to 1 h). The test holds the course row as a change of it would, then cuts the hours and
     * commits: the import must wait for the row, see that the course changed and store nothing.
     */
    @Test
    void shouldWaitForACourseChangeInProgressAndRefuseRowsWhoseCourseChanged() throws Exception {
        long course = new TrainingSteps(ApiClient.of(target)).course("PROFESSIONAL_LAW", AGENCY, "8", 2026);
        byte[] file = ("courseId,officerId,hours\n" + course + "," + zhang + ",8\n" + course + "," + li + ",8\n")
                .getBytes(StandardCharsets.UTF_8);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Connection change = TestDatabase.current().connect()) {
            change.setAutoCommit(false);
            try (PreparedStatement lock = change.prepareStatement("SELECT id FROM trn_course WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, course);
                lock.executeQuery().close();
            }
            Future<Response> importing = background.submit(() -> post(file, CSV));

            assertThrows(TimeoutException.class, () -> importing.get(800, TimeUnit.MILLISECONDS),
                    "the import must wait for the course row");
            try (PreparedStatement cut = change.prepareStatement(
                    "UPDATE trn_course SET half_hours = 2, version = version + 1 WHERE id = ?")) {
                cut.setLong(1, course);
                cut.executeUpdate();
            }
            change.commit();
            Response response = importing.get(30, TimeUnit.SECONDS);

            assertEquals(422, response.getStatus());
            assertEquals("line:2:courseId:IMPORT_COURSE_CHANGED", firstError(response));
        } finally {
            background.shutdownNow();
        }
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM trn_attendance WHERE course_id = ?", course));
    }

    private Response post(byte[] body, String type) {
        return target.path("/api/v1/attendance/import").queryParam("year", 2026).request()
                .header("Authorization", as(TRAINER)).post(Entity.entity(body, type));
    }

    private static List<String> errors(Response response) {
        return response.readEntity(JsonObject.class).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ":" + error.getString("code")).toList();
    }

    private static String toFullWidth(String digits) {
        return digits.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
    }

    private static String firstError(Response response) {
        JsonObject error = response.readEntity(JsonObject.class).getJsonArray("errors").getJsonObject(0);
        return error.getString("field") + ":" + error.getString("code");
    }
}
