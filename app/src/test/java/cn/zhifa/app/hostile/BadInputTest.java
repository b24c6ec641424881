package cn.zhifa.app.hostile;

import cn.zhifa.app.PermissionMatrixTest;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.identity.ResidentIdChecksum;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed and hostile input to every write endpoint of every module (found by reflection, so a new
 * one fails this test until it has rows in {@link #table}): wrong types, missing fields, oversized
 * strings and files, invalid identity numbers and credit codes, negative or absurd hours, dates out of
 * range, unknown codes, SQL and script injection strings, invalid UTF-8, GBK text, huge and deeply nested
 * JSON. Each must get a 4xx {@code application/problem+json} naming the field at fault, and leave every
 * row of every table as it was ({@link DatabaseChecksum}): not even an audit event or idempotency key.
 */
@HelidonTest
@DatabaseTest
@AddConfig(key = "zhifa.import.max-bytes", value = "1048576")
class BadInputTest {
    static final String SQL = "' OR '1'='1'; DROP TABLE shr_audit_event; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String LONG = "长".repeat(100_000);

    @Inject
    WebTarget target;

    private ApiClient http;
    private Fixture fx;

    /** One hostile request and the field its problem must name ({@code null}: the request as a whole). */
    record Case(String endpoint, String name, String role, String method, String path, String contentType, byte[] body,
                String field, Map<String, String> headers) {
        Case(String endpoint, String name, String role, String method, String path, String json, String field) {
            this(endpoint, name, role, method, path, json == null ? null : "application/json",
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8), field, Map.of());
        }
    }

    /** Ids of existing rows (from the demo data) that the hostile requests aim at. */
    record Fixture(long officerId, int officerVersion, String credentialNumber, long courseId, int courseVersion,
                   long attendedOfficerId, int attendanceVersion, long planId, String creditCode, long inspectionId,
                   long inspectorId, String evidenceUpload) {
    }

    /** The role of cases sent as an officer of the fixture inspection's team, who may upload its evidence. */
    private static final String TEAM_OFFICER = "officer of the team";

    @BeforeEach
    void setUp() {
        http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        fx = fixture();
    }

    private Fixture fixture() {
        JsonObject officer = first(http.get("/api/v1/officers?postStatus=ON_POST&employmentType=REGULAR&size=50",
                Tokens.as("hr")), o -> "ACTIVE".equals(o.getString("credentialStatus", "")));
        JsonObject course = first(http.get("/api/v1/courses?size=50", Tokens.as("trainer")), c -> true);
        long courseId = course.getJsonNumber("id").longValue();
        JsonObject attendance = first(http.get("/api/v1/courses/" + courseId + "/attendance", Tokens.as("trainer")), a -> true);
        JsonObject plan = DemoData.drawnPlan(http);
        long planId = plan.getJsonNumber("id").longValue();
        JsonObject targetRow = first(http.get("/api/v1/targets?size=1", Tokens.as("planner")), t -> true);
        Reply detail = http.get("/api/v1/plans/" + planId, Tokens.as("planner"));
        assertEquals(200, detail.status(), detail.toString());
        JsonObject inspection = detail.json().getJsonArray("inspections").getJsonObject(0);
        long inspectionId = inspection.getJsonNumber("id").longValue();
        long inspectorId = inspection.getJsonArray("inspectors").getJsonObject(0).getJsonNumber("officerId").longValue();
        Reply upload = http.send("POST", "/api/v1/inspections/" + inspectionId + "/evidence", Tokens.officer(inspectorId),
                null, null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "10", "Upload-Metadata", photoMetadata()));
        assertEquals(201, upload.status(), upload.toString());
        return new Fixture(officer.getJsonNumber("id").longValue(), officer.getInt("version"),
                officer.getString("credentialNumber"), courseId, course.getInt("version"),
                attendance.getJsonNumber("officerId").longValue(), attendance.getInt("version"), planId,
                targetRow.getString("creditCode"), inspectionId, inspectorId, java.net.URI.create(upload.header("Location")).getPath());
    }

    private static String photoMetadata() {
        return "filename " + base64("门头.jpg") + ",kind " + base64("PHOTO");
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject first(Reply page, java.util.function.Predicate<JsonObject> which) {
        assertEquals(200, page.status(), page.toString());
        return page.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no fitting row in " + page));
    }

    @Test
    void shouldRefuseEveryHostileInputWithAProblemNamingTheFieldAndWriteNothing() {
        Map<String, List<Case>> table = table();
        Set<String> missing = new TreeSet<>();
        for (PermissionMatrixTest.Endpoint e : PermissionMatrixTest.endpoints()) {
            if (!Set.of("GET", "HEAD").contains(e.httpMethod()) && !table.containsKey(e.javaMethod())) {
                missing.add(e.javaMethod() + " " + e.httpMethod() + " " + e.path());
            }
        }
        assertEquals(Set.of(), missing, "every write endpoint needs rows in the hostile-input table");

        // Every row of every table is hashed before and after each endpoint's cases, and every table's
        // row count after each case, so that a write is pinned to its endpoint (any change) or its case
        // (a row added or removed) without hashing the whole database several hundred times.
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (List<Case> cases : table.values()) {
            Map<String, String> before = DatabaseChecksum.take();
            Map<String, Long> rowsBefore = DatabaseChecksum.rowCounts();
            for (Case c : cases) {
                count++;
                String what = c.endpoint() + " [" + c.name() + "] " + c.method() + " " + c.path();
                Reply reply;
                try {
                    reply = send(c);
                } catch (RuntimeException e) {
                    wrong.add(what + " could not be sent: " + e);
                    continue;
                }
                if (reply.status() < 400 || reply.status() >= 500) {
                    wrong.add(what + " -> " + reply);
                } else if (!reply.isProblem()) {
                    wrong.add(what + " -> not problem+json: " + reply);
                } else if (c.field() != null && reply.fields().stream().noneMatch(f -> names(f, c.field()))) {
                    wrong.add(what + " -> field " + c.field() + " not named: " + reply);
                }
                Map<String, Long> rowsAfter = DatabaseChecksum.rowCounts();
                if (!rowsAfter.equals(rowsBefore)) {
                    wrong.add(what + " -> row counts changed " + DatabaseChecksum.differences(
                            stringValues(rowsBefore), stringValues(rowsAfter)) + " (" + reply.status() + ")");
                    rowsBefore = rowsAfter;
                }
            }
            List<String> changed = DatabaseChecksum.differences(before, DatabaseChecksum.take());
            if (!changed.isEmpty()) {
                wrong.add(cases.get(0).endpoint() + ": its hostile requests changed rows of " + changed);
            }
        }
        assertTrue(count > 100, "cases: " + count);
        assertEquals(List.of(), wrong, wrong.size() + " of " + count + " cases wrong");
    }

    /** Whether a problem's field names the case's field: itself, an element or entry of it, or a file's column. */
    static boolean names(String problemField, String field) {
        return problemField != null && (problemField.equals(field) || problemField.startsWith(field + ".")
                || problemField.startsWith(field + "[") || problemField.endsWith("." + field)
                || problemField.endsWith(":" + field));
    }

    private static Map<String, String> stringValues(Map<String, Long> counts) {
        Map<String, String> text = new java.util.TreeMap<>();
        counts.forEach((table, rows) -> text.put(table, String.valueOf(rows)));
        return text;
    }

    private Reply send(Case c) {
        String bearer = c.role() == null ? null
                : c.role().equals(TEAM_OFFICER) ? Tokens.officer(fx.inspectorId()) : Tokens.as(c.role());
        return http.send(c.method(), c.path(), bearer, c.contentType(), c.body(), c.headers());
    }

    // ---------------------------------------------------------------- the table

    private Map<String, List<Case>> table() {
        Map<String, List<Case>> t = new LinkedHashMap<>();
        String officerBody = officerJson();
        put(t, jsonCases("OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, "idNumber", "name"));
        add(t, "OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, Map.of(
                "idNumber bad checksum", Map.of("idNumber", quote(badChecksumId())),
                "idNumber born 1850", Map.of("idNumber", quote(idNumber("500115", "18500101"))),
                "idNumber born in the future", Map.of("idNumber", quote(idNumber("500115", "20990101"))),
                "idNumber unknown region", Map.of("idNumber", quote(idNumber("990115", "19850312"))),
                "idNumber 15 digits", Map.of("idNumber", quote("500115850312001"))),
                "idNumber");
        add(t, "OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, Map.of(
                "agencyCode unknown", Map.of("agencyCode", quote("999999999"))), "agencyCode");
        add(t, "OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, Map.of(
                "employmentType script", Map.of("employmentType", quote(SCRIPT)),
                "employmentType number", Map.of("employmentType", "7")), "employmentType");
        add(t, "OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, Map.of(
                "categories unknown code", Map.of("categories", "[\"NOT_A_CATEGORY\"]"),
                "categories a string", Map.of("categories", quote("MARKET_REGULATION"))), "categories");
        add(t, "OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, Map.of(
                "areas unknown", Map.of("areas", "[\"999999\"]")), "areas");
        add(t, "OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, Map.of(
                "legalQualification a string", Map.of("legalQualification", quote("yes"))), "legalQualification");
        add(t, "OfficerResource.create", "hr", "POST", "/api/v1/officers", officerBody, Map.of(
                "position oversized", Map.of("position", quote(LONG))), "position");

        String officerPath = "/api/v1/officers/" + fx.officerId();
        String change = "{\"version\":" + fx.officerVersion() + ",\"postStatus\":\"ON_POST\"}";
        put(t, jsonCases("OfficerResource.change", "hr", "PATCH", officerPath, change, "version", null));
        add(t, "OfficerResource.change", "hr", "PATCH", officerPath, change, Map.of(
                "postStatus unknown", Map.of("postStatus", quote("FIRED")),
                "postStatus SQL", Map.of("postStatus", quote(SQL))), "postStatus");
        add(t, "OfficerResource.change", "hr", "PATCH", officerPath, change, Map.of(
                "version a string", Map.of("version", quote("one"))), "version");
        add(t, "OfficerResource.change", "hr", "PATCH", officerPath, change, Map.of(
                "agencyCode injection", Map.of("agencyCode", quote(SQL))), "agencyCode");
        one(t, "OfficerResource.change", "unknown officer", "hr", "PATCH", "/api/v1/officers/99999999999", change, null);

        String exam = "{\"kind\":\"PROFESSIONAL_LAW\",\"passed\":true,\"score\":80,\"takenOn\":\"2025-06-01\"}";
        String examPath = officerPath + "/exams";
        put(t, jsonCases("OfficerResource.recordExam", "judicial", "POST", examPath, exam, "kind", null));
        add(t, "OfficerResource.recordExam", "judicial", "POST", examPath, exam, Map.of(
                "score negative", Map.of("score", "-5"),
                "score absurd", Map.of("score", "1e300"),
                "score absurd exponent", Map.of("score", "1e999999999"),
                "score text", Map.of("score", quote("eighty"))), "score");
        add(t, "OfficerResource.recordExam", "judicial", "POST", examPath, exam, Map.of(
                "takenOn Feb 30", Map.of("takenOn", quote("2025-02-30")),
                "takenOn year 0", Map.of("takenOn", quote("0000-01-01")),
                "takenOn far future", Map.of("takenOn", quote("9999-12-31")),
                "takenOn not a date", Map.of("takenOn", quote(SCRIPT))), "takenOn");
        add(t, "OfficerResource.recordExam", "judicial", "POST", examPath, exam, Map.of(
                "kind unknown", Map.of("kind", quote("HISTORY")),
                "kind SQL", Map.of("kind", quote(SQL))), "kind");
        one(t, "OfficerResource.recordExam", "unknown officer", "judicial", "POST", "/api/v1/officers/999999999/exams",
                exam, null);

        String roster = "/api/v1/officers/import";
        String rosterHeader = String.join(",", List.of("name", "idNumber", "agencyCode", "position", "employmentType",
                "postStatus", "categories", "areas", "legalQualification", "legalReviewer")) + "\n";
        String goodRow = "测试甲," + idNumber("500115", "19850312") + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,false,false\n";
        files(t, "OfficerResource.importRoster", "hr", roster, "text/csv", rosterHeader, goodRow,
                "测试乙," + badChecksumId() + ",500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115,false,false\n",
                "idNumber");
        file(t, "OfficerResource.importRoster", "too many rows", "hr", roster, "text/csv",
                (rosterHeader + goodRow.repeat(6000)).getBytes(StandardCharsets.UTF_8), "file");
        file(t, "OfficerResource.importRoster", "SQL in employment type", "hr", roster, "text/csv",
                (rosterHeader + goodRow.replace("REGULAR", SQL.replace(",", " "))).getBytes(StandardCharsets.UTF_8),
                "employmentType");
        file(t, "OfficerResource.importRoster", "not an xlsx", "hr", roster,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8), null);

        String credentials = "/api/v1/credentials";
        put(t, jsonCases("CredentialResource.issue", "judicial", "POST", credentials, "{\"officerId\":" + fx.officerId() + "}",
                "officerId", null));
        add(t, "CredentialResource.issue", "judicial", "POST", credentials, "{\"officerId\":1}", Map.of(
                "officerId a string", Map.of("officerId", quote("abc")),
                "officerId fraction", Map.of("officerId", "1.5"),
                "officerId beyond long", Map.of("officerId", "99999999999999999999999")), "officerId");
        one(t, "CredentialResource.issue", "officerId unknown", "judicial", "POST", credentials,
                "{\"officerId\":-1}", null);
        one(t, "CredentialResource.issue", "credential already held", "judicial", "POST", credentials,
                "{\"officerId\":" + fx.officerId() + "}", null);

        String reviews = credentials + "/" + fx.credentialNumber() + "/reviews";
        put(t, jsonCases("CredentialResource.review", "judicial", "POST", reviews, "{\"year\":2026}", "year", null));
        add(t, "CredentialResource.review", "judicial", "POST", reviews, "{\"year\":2026}", Map.of(
                "year absurd", Map.of("year", "99999"),
                "year negative", Map.of("year", "-2026"),
                "year chinese", Map.of("year", quote("二〇二六"))), "year");
        one(t, "CredentialResource.review", "unknown credential", "judicial", "POST",
                credentials + "/%27%20OR%201=1/reviews", "{\"year\":2026}", null);

        String suspend = credentials + "/" + fx.credentialNumber() + "/suspend";
        String action = "{\"reason\":\"UNDER_INVESTIGATION\",\"note\":\"n\"}";
        put(t, jsonCases("CredentialResource.act", "judicial", "POST", suspend, action, "reason", null));
        add(t, "CredentialResource.act", "judicial", "POST", suspend, action, Map.of(
                "reason unknown", Map.of("reason", quote("BORED")),
                "reason SQL", Map.of("reason", quote(SQL)),
                "reason not allowed for suspend", Map.of("reason", quote("HOLDER_RETIRED")),
                "reason a number", Map.of("reason", "42")), "reason");
        add(t, "CredentialResource.act", "judicial", "POST", suspend, action, Map.of(
                "note oversized", Map.of("note", quote(LONG))), "note");
        one(t, "CredentialResource.act", "unknown action", "judicial", "POST",
                credentials + "/" + fx.credentialNumber() + "/explode", action, null);
        one(t, "CredentialResource.act", "unknown credential", "judicial", "POST", credentials + "/000000000000000000/suspend",
                action, null);

        String courses = "/api/v1/courses";
        String course = "{\"title\":\"恶意输入测试\",\"category\":\"PROFESSIONAL_LAW\",\"organizerAgency\":\"500115002\","
                + "\"hours\":4,\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-03-01\",\"mode\":\"OFFLINE\"}";
        put(t, jsonCases("CourseResource.create", "trainer", "POST", courses, course, "title", "hours"));
        add(t, "CourseResource.create", "trainer", "POST", courses, course, Map.of(
                "hours negative", Map.of("hours", "-4"),
                "hours zero", Map.of("hours", "0"),
                "hours not half step", Map.of("hours", "1.3"),
                "hours absurd", Map.of("hours", "1e12"),
                "hours absurd exponent", Map.of("hours", "1e999999999"),
                "hours tiny exponent", Map.of("hours", "1e-999999999"),
                "hours text", Map.of("hours", quote("four"))), "hours");
        add(t, "CourseResource.create", "trainer", "POST", courses, course, Map.of(
                "category unknown", Map.of("category", quote("MAGIC")),
                "category script", Map.of("category", quote(SCRIPT))), "category");
        add(t, "CourseResource.create", "trainer", "POST", courses, course, Map.of(
                "organizer SQL", Map.of("organizerAgency", quote(SQL))), "organizerAgency");
        add(t, "CourseResource.create", "trainer", "POST", courses, course, Map.of(
                "title oversized", Map.of("title", quote(LONG))), "title");
        add(t, "CourseResource.create", "trainer", "POST", courses, course, Map.of(
                "startsOn year 0", Map.of("startsOn", quote("0000-01-01"), "endsOn", quote("0000-01-01")),
                "startsOn impossible", Map.of("startsOn", quote("2026-13-40"))), "startsOn");
        add(t, "CourseResource.create", "trainer", "POST", courses, course, Map.of(
                "endsOn before startsOn", Map.of("endsOn", quote("2026-02-01"))), "endsOn");
        add(t, "CourseResource.create", "trainer", "POST", courses, course, Map.of(
                "mode unknown", Map.of("mode", quote("TELEPATHY"))), "mode");

        String coursePath = courses + "/" + fx.courseId();
        String update = course.replace("}", ",\"version\":" + fx.courseVersion() + "}");
        put(t, jsonCases("CourseResource.update", "trainer", "PUT", coursePath, update, "version", null));
        add(t, "CourseResource.update", "trainer", "PUT", coursePath, update, Map.of(
                "hours negative", Map.of("hours", "-1")), "hours");
        add(t, "CourseResource.update", "trainer", "PUT", coursePath, update, Map.of(
                "version a string", Map.of("version", quote("v1"))), "version");
        one(t, "CourseResource.delete", "version missing", "trainer", "DELETE", coursePath, null, "version");
        one(t, "CourseResource.delete", "version not a number", "trainer", "DELETE", coursePath + "?version=abc", null, null);
        one(t, "CourseResource.delete", "course attended", "trainer", "DELETE",
                coursePath + "?version=" + fx.courseVersion(), null, null);
        one(t, "CourseResource.delete", "unknown course", "trainer", "DELETE", courses + "/999999999?version=1", null, null);

        String attendancePath = coursePath + "/attendance";
        String entries = "[{\"officerId\":" + fx.officerId() + ",\"hours\":1}]";
        put(t, jsonCases("AttendanceResource.record", "trainer", "POST", attendancePath, entries, null, null));
        for (Map.Entry<String, String> bad : Map.of(
                "hours negative", "[{\"officerId\":" + fx.officerId() + ",\"hours\":-1}]",
                "hours not half step", "[{\"officerId\":" + fx.officerId() + ",\"hours\":0.7}]",
                "hours absurd", "[{\"officerId\":" + fx.officerId() + ",\"hours\":100000}]",
                "hours absurd exponent", "[{\"officerId\":" + fx.officerId() + ",\"hours\":-1e999999999}]",
                "hours text", "[{\"officerId\":" + fx.officerId() + ",\"hours\":\"x\"}]").entrySet()) {
            one(t, "AttendanceResource.record", bad.getKey(), "trainer", "POST", attendancePath, bad.getValue(), "hours");
        }
        one(t, "AttendanceResource.record", "officerId missing", "trainer", "POST", attendancePath, "[{\"hours\":1}]",
                "officerId");
        one(t, "AttendanceResource.record", "officer unknown", "trainer", "POST", attendancePath,
                "[{\"officerId\":999999999,\"hours\":1}]", "officerId");
        one(t, "AttendanceResource.record", "identity number with a wrong check character", "trainer", "POST",
                attendancePath, "[{\"idNumber\":\"" + badChecksumId() + "\",\"hours\":1}]", "idNumber");
        one(t, "AttendanceResource.record", "credential number oversized", "trainer", "POST", attendancePath,
                "[{\"credentialNumber\":\"" + "9".repeat(4096) + "\",\"hours\":1}]", "credentialNumber");
        one(t, "AttendanceResource.record", "credential number a script", "trainer", "POST", attendancePath,
                "[{\"credentialNumber\":\"" + SCRIPT.replace("\"", "'") + "\",\"hours\":1}]", "credentialNumber");
        one(t, "AttendanceResource.record", "no entries", "trainer", "POST", attendancePath, "[]", null);
        one(t, "AttendanceResource.record", "an object not a list", "trainer", "POST", attendancePath,
                "{\"officerId\":1,\"hours\":1}", null);

        String correctPath = attendancePath + "/" + fx.attendedOfficerId();
        String correction = "{\"hours\":1,\"reason\":\"更正\",\"version\":" + fx.attendanceVersion() + "}";
        put(t, jsonCases("AttendanceResource.correct", "trainer", "PUT", correctPath, correction, "reason", "version"));
        add(t, "AttendanceResource.correct", "trainer", "PUT", correctPath, correction, Map.of(
                "hours negative", Map.of("hours", "-0.5"),
                "hours absurd", Map.of("hours", "1e9")), "hours");
        add(t, "AttendanceResource.correct", "trainer", "PUT", correctPath, correction, Map.of(
                "reason oversized", Map.of("reason", quote(LONG))), "reason");

        String attendanceImport = "/api/v1/attendance/import";
        String header = "courseId,officerId,hours\n";
        files(t, "AttendanceImportResource.importFile", "trainer", attendanceImport, "text/csv", header,
                fx.courseId() + "," + fx.officerId() + ",1\n", fx.courseId() + "," + fx.officerId() + ",-3\n", "hours");
        file(t, "AttendanceImportResource.importFile", "hours absurd", "trainer", attendanceImport, "text/csv",
                (header + fx.courseId() + "," + fx.officerId() + ",99999999999\n").getBytes(StandardCharsets.UTF_8), "hours");
        file(t, "AttendanceImportResource.importFile", "hours absurd exponent", "trainer", attendanceImport, "text/csv",
                (header + fx.courseId() + "," + fx.officerId() + ",1e999999999\n").getBytes(StandardCharsets.UTF_8), "hours");
        file(t, "AttendanceImportResource.importFile", "identity number invalid", "trainer", attendanceImport, "text/csv",
                ("courseId,idNumber,hours\n" + fx.courseId() + "," + badChecksumId() + ",1\n").getBytes(StandardCharsets.UTF_8),
                "idNumber");
        file(t, "AttendanceImportResource.importFile", "charset unknown", "trainer", attendanceImport,
                "text/csv;charset=klingon", (header + fx.courseId() + "," + fx.officerId() + ",1\n").getBytes(StandardCharsets.UTF_8),
                "Content-Type");

        String matters = "/api/v1/matters";
        String matter = "{\"name\":\"恶意输入事项\",\"subject\":\"区市场监管局\",\"legalBasis\":\"《食品安全法》\","
                + "\"targetScope\":\"食品销售\",\"content\":\"检查\",\"method\":\"现场检查\",\"frequency\":\"每年一次\","
                + "\"category\":\"MARKET_REGULATION\",\"industries\":[\"食品销售\"]}";
        put(t, jsonCases("MatterResource.create", "planner", "POST", matters, matter, "name", "category"));
        add(t, "MatterResource.create", "planner", "POST", matters, matter, Map.of(
                "category unknown", Map.of("category", quote("NOPE")),
                "category SQL", Map.of("category", quote(SQL))), "category");
        add(t, "MatterResource.create", "planner", "POST", matters, matter, Map.of(
                "name oversized", Map.of("name", quote(LONG))), "name");
        add(t, "MatterResource.create", "planner", "POST", matters, matter, Map.of(
                "industries a number", Map.of("industries", "5")), "industries");
        add(t, "MatterResource.create", "planner", "POST", matters, matter, Map.of(
                "agencyCode unknown", Map.of("agencyCode", quote(SQL))), "agencyCode");
        add(t, "MatterResource.create", "planner", "POST", matters, matter, Map.of(
                "retentionYears shorter than the default", Map.of("retentionYears", "1"),
                "retentionYears past the limit", Map.of("retentionYears", "1000"),
                "retentionYears text", Map.of("retentionYears", quote("永久"))), "retentionYears");

        String plans = "/api/v1/plans";
        String plan = "{\"name\":\"恶意输入计划\",\"matterId\":" + matterId() + ",\"year\":2026,\"areas\":[\"500115\"],"
                + "\"ratios\":{\"HIGH\":0.5,\"LOW\":0.1},\"creditMultipliers\":{\"A\":1},\"teamSize\":2,\"inspectorCap\":5,"
                + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-20\"}";
        put(t, jsonCases("PlanResource.create", "planner", "POST", plans, plan, "name", "teamSize"));
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "teamSize 1", Map.of("teamSize", "1"),
                "teamSize absurd", Map.of("teamSize", "2147483647"),
                "teamSize text", Map.of("teamSize", quote("two"))), "teamSize");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "ratio negative", Map.of("ratios", "{\"HIGH\":-0.5}"),
                "ratio five places", Map.of("ratios", "{\"HIGH\":0.12345}"),
                "ratio unknown level", Map.of("ratios", "{\"APOCALYPTIC\":0.5}"),
                "ratio absurd", Map.of("ratios", "{\"HIGH\":1e300}")), "ratios");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "multiplier unknown level", Map.of("creditMultipliers", "{\"Z\":2}")), "creditMultipliers");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "year negative", Map.of("year", "-1"),
                "year absurd", Map.of("year", "123456")), "year");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "areas SQL", Map.of("areas", "[" + quote(SQL) + "]")), "areas");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "endsOn before startsOn", Map.of("endsOn", quote("2026-11-01"))), "endsOn");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "matterId unknown", Map.of("matterId", "999999999")), "matterId");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "name oversized", Map.of("name", quote(LONG))), "name");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "matterIds twice the same", Map.of("matterIds", "[" + matterId() + "," + matterId() + "]"),
                "matterIds with null", Map.of("matterIds", "[null]"),
                "matterIds empty", Map.of("matterIds", "[]", "matterId", "")), "matterIds");
        add(t, "PlanResource.create", "planner", "POST", plans, plan, Map.of(
                "disclosure unknown", Map.of("disclosure", quote("NEVER"))), "disclosure");

        String planPath = plans + "/" + fx.planId();
        one(t, "PlanResource.seal", "drawn plan", "planner", "POST", planPath + "/seal", "{}", null);
        one(t, "PlanResource.seal", "unknown plan", "planner", "POST", plans + "/999999999/seal", "{}", null);
        one(t, "PlanResource.seal", "plan id not a number", "planner", "POST", plans + "/abc/seal", "{}", null);
        one(t, "PlanResource.draw", "drawn plan", "planner", "POST", planPath + "/draw", "{\"externalEntropy\":\"x\"}", null);
        one(t, "PlanResource.draw", "entropy oversized", "planner", "POST", plans + "/999999999/draw",
                "{\"externalEntropy\":" + quote(LONG) + "}", null);
        one(t, "PlanResource.draw", "entropy a number", "planner", "POST", planPath + "/draw", "{\"externalEntropy\":5}", null);
        one(t, "PlanResource.draw", "malformed", "planner", "POST", planPath + "/draw", "{\"externalEntropy\":", null);
        one(t, "PlanResource.replay", "unknown plan", "planner", "POST", plans + "/999999999/replay", "{}", null);
        one(t, "PlanResource.replay", "plan id huge", "planner", "POST", plans + "/99999999999999999999/replay", "{}", null);
        one(t, "PlanResource.publish", "unknown plan", "planner", "POST", plans + "/999999999/publish", "{}", null);
        one(t, "PlanResource.publishResults", "unknown plan", "planner", "POST", plans + "/999999999/publish-results", "{}", null);
        one(t, "PlanResource.cancel", "drawn plan", "planner", "POST", planPath + "/cancel", "{\"reason\":\"x\"}", null);
        one(t, "PlanResource.cancel", "reason oversized", "planner", "POST", planPath + "/cancel",
                "{\"reason\":" + quote(LONG) + "}", null);
        one(t, "PlanResource.cancel", "malformed", "planner", "POST", planPath + "/cancel", "{\"reason\":[", null);
        String confirmation = "{\"agencyCode\":\"500115003\"}";
        put(t, jsonCases("PlanResource.confirm", "planner", "POST", planPath + "/confirmations", confirmation,
                "agencyCode", null));
        one(t, "PlanResource.confirm", "drawn plan", "planner", "POST", planPath + "/confirmations", confirmation, null);
        one(t, "PlanResource.confirm", "unknown plan", "planner", "POST", plans + "/999999999/confirmations",
                confirmation, null);
        String replacement = "{\"officerId\":" + fx.officerId() + ",\"reason\":\"ILLNESS\",\"note\":\"n\"}";
        put(t, jsonCases("PlanResource.replace", "planner", "POST", planPath + "/replacements", replacement, "officerId", "reason"));
        add(t, "PlanResource.replace", "planner", "POST", planPath + "/replacements", replacement, Map.of(
                "reason unknown", Map.of("reason", quote("BORED")),
                "reason script", Map.of("reason", quote(SCRIPT))), "reason");
        add(t, "PlanResource.replace", "planner", "POST", planPath + "/replacements", replacement, Map.of(
                "officerId a string", Map.of("officerId", quote("x"))), "officerId");
        add(t, "PlanResource.replace", "planner", "POST", planPath + "/replacements", replacement, Map.of(
                "inspectionIds strings", Map.of("inspectionIds", "[\"a\"]")), "inspectionIds");

        String targetImport = "/api/v1/targets/import";
        String targetHeader = "creditCode,name,industry,area,riskLevel,creditLevel,address\n";
        String goodTarget = "91500115MA5U0XXXXX,恶意测试公司,食品销售,500115,HIGH,A,长寿区\n";
        files(t, "TargetResource.importTargets", "planner", targetImport, "text/csv", targetHeader, goodTarget,
                "91500115MA5U0XXXX1,恶意测试公司,食品销售,500115,HIGH,A,长寿区\n", "creditCode");
        file(t, "TargetResource.importTargets", "SQL as credit code", "planner", targetImport, "text/csv",
                (targetHeader + SQL.replace(",", " ") + ",x,食品销售,500115,HIGH,A,长寿区\n").getBytes(StandardCharsets.UTF_8),
                "creditCode");
        file(t, "TargetResource.importTargets", "risk level unknown", "planner", targetImport, "text/csv",
                (targetHeader + fx.creditCode() + ",x,食品销售,500115,EXTREME,A,长寿区\n").getBytes(StandardCharsets.UTF_8),
                "riskLevel");
        file(t, "TargetResource.importTargets", "area unknown", "planner", targetImport, "text/csv",
                (targetHeader + fx.creditCode() + ",x,食品销售,999999,HIGH,A,长寿区\n").getBytes(StandardCharsets.UTF_8),
                "area");

        String conflicts = "/api/v1/targets/" + fx.creditCode() + "/conflicts";
        String conflict = "{\"officerId\":" + fx.officerId() + ",\"reason\":\"亲属关系\"}";
        put(t, jsonCases("TargetResource.declareConflict", "planner", "POST", conflicts, conflict, "officerId", "reason"));
        add(t, "TargetResource.declareConflict", "planner", "POST", conflicts, conflict, Map.of(
                "officer unknown", Map.of("officerId", "999999999"),
                "officerId text", Map.of("officerId", quote("me"))), "officerId");
        add(t, "TargetResource.declareConflict", "planner", "POST", conflicts, conflict, Map.of(
                "reason oversized", Map.of("reason", quote(LONG))), "reason");
        one(t, "TargetResource.declareConflict", "credit code SQL", "planner", "POST",
                "/api/v1/targets/%27%20OR%201%3D1/conflicts", conflict, null);

        String result = "/api/v1/inspections/" + fx.inspectionId() + "/result";
        String resultBody = "{\"resultCode\":\"NO_ISSUE\",\"inspectedOn\":\"2026-12-02\",\"note\":\"n\"}";
        put(t, jsonCases("InspectionResource.record", "planner", "PUT", result, resultBody, "resultCode", null));
        add(t, "InspectionResource.record", "planner", "PUT", result, resultBody, Map.of(
                "resultCode unknown", Map.of("resultCode", quote("WHATEVER")),
                "resultCode SQL", Map.of("resultCode", quote(SQL))), "resultCode");
        add(t, "InspectionResource.record", "planner", "PUT", result, resultBody, Map.of(
                "inspectedOn impossible", Map.of("inspectedOn", quote("2026-02-30")),
                "inspectedOn year 99999", Map.of("inspectedOn", quote("+99999-01-01")),
                "inspectedOn far past", Map.of("inspectedOn", quote("1900-01-01"))), "inspectedOn");
        add(t, "InspectionResource.record", "planner", "PUT", result, resultBody, Map.of(
                "note oversized", Map.of("note", quote(LONG))), "note");
        add(t, "InspectionResource.record", "planner", "PUT", result, resultBody, Map.of(
                "matterId text", Map.of("matterId", quote("food")),
                "matterId negative", Map.of("matterId", "-1"),
                "matterId SQL", Map.of("matterId", quote(SQL)),
                "matterId not a matter of the inspection", Map.of("matterId", "999999999")), "matterId");

        resultsThatCountCases(t);
        fieldRecordCases(t);
        evidenceCases(t);

        String devToken = "/auth/dev-token";
        String token = "{\"sub\":\"hr-1\",\"groups\":[\"hr\"]}";
        put(t, jsonCases("DevTokenResource.issue", null, "POST", devToken, token, "sub", "groups"));
        add(t, "DevTokenResource.issue", null, "POST", devToken, token, Map.of(
                "role unknown", Map.of("groups", "[\"root\"]"),
                "groups a string", Map.of("groups", quote("hr"))), "groups");
        add(t, "DevTokenResource.issue", null, "POST", devToken, token, Map.of(
                "sub oversized", Map.of("sub", quote(LONG)),
                "officer sub SQL", Map.of("sub", quote(SQL), "groups", "[\"officer\"]")), "sub");
        // the qualification exams (exam-service): the bank, scheduling, registration and a candidate's sitting
        String questions = "/api/v1/exam-questions/import";
        String bankHeader = "code,topic,type,stem,optionA,optionB,optionC,optionD,answer,difficulty,legalBasis\n";
        String goodQuestion = "HOSTILE-Q1,COMPREHENSIVE_LAW,SINGLE,恶意输入测试题,甲,乙,丙,丁,B,EASY,\n";
        files(t, "QuestionResource.importFile", "judicial", questions, "text/csv", bankHeader, goodQuestion,
                "HOSTILE-Q2,COMPREHENSIVE_LAW,SINGLE,答案不在选项中,甲,乙,丙,丁,E,EASY,\n", "answer");
        file(t, "QuestionResource.importFile", "SQL in type", "judicial", questions, "text/csv",
                (bankHeader + goodQuestion.replace("SINGLE", SQL.replace(",", " "))).getBytes(StandardCharsets.UTF_8),
                "type");
        one(t, "QuestionResource.retire", "unknown question", "judicial", "POST",
                "/api/v1/exam-questions/%27%20OR%201=1/retirement", "{}", null);

        String exams = "/api/v1/exams";
        String examBody = "{\"name\":\"恶意输入测试考试\",\"kind\":\"COMPREHENSIVE_LAW\",\"blueprint\":[{\"difficulty\":\"EASY\","
                + "\"count\":1}],\"opensAt\":\"2031-03-01T09:00:00+08:00\",\"closesAt\":\"2031-03-01T11:00:00+08:00\","
                + "\"durationMinutes\":60,\"passMark\":60}";
        put(t, jsonCases("ExamResource.schedule", "judicial", "POST", exams, examBody, "name", null));
        add(t, "ExamResource.schedule", "judicial", "POST", exams, examBody, Map.of(
                "passMark over 100", Map.of("passMark", "150"),
                "passMark text", Map.of("passMark", quote("sixty"))), "passMark");
        add(t, "ExamResource.schedule", "judicial", "POST", exams, examBody, Map.of(
                "kind unknown", Map.of("kind", quote("HISTORY")),
                "kind SQL", Map.of("kind", quote(SQL))), "kind");
        add(t, "ExamResource.schedule", "judicial", "POST", exams, examBody, Map.of(
                "durationMinutes negative", Map.of("durationMinutes", "-60")), "durationMinutes");
        one(t, "ExamResource.register", "unknown exam", "judicial", "POST", exams + "/999999999/candidates",
                "{\"officerIds\":[" + fx.officerId() + "]}", null);
        one(t, "ExamResource.register", "officerIds a string", "judicial", "POST", exams + "/999999999/candidates",
                "{\"officerIds\":\"all\"}", null);
        one(t, "ExamResource.start", "unknown exam", "officer", "POST", exams + "/999999999/sittings", "{}", null);
        one(t, "SittingResource.save", "unknown sitting", "officer", "PUT", "/api/v1/sittings/999999999/answers/1",
                "{\"choice\":[\"A\"]}", null);
        one(t, "SittingResource.save", "choice a script", "officer", "PUT", "/api/v1/sittings/999999999/answers/1",
                "{\"choice\":\"" + SCRIPT + "\"}", null);
        one(t, "SittingResource.submit", "unknown sitting", "officer", "POST", "/api/v1/sittings/999999999/submit", "{}",
                null);
        return t;
    }

    /** The working calendar, the result-codes dictionary and risk level proposals (issue 17, results that count). */
    private void resultsThatCountCases(Map<String, List<Case>> t) {
        String calendar = "/api/v1/calendar/2150";
        String year = "{\"source\":\"测试通知\",\"days\":[{\"day\":\"2150-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]}";
        put(t, jsonCases("CalendarResource.replace", "admin", "PUT", calendar, year, "source", "days"));
        add(t, "CalendarResource.replace", "admin", "PUT", calendar, year, Map.of(
                "source oversized", Map.of("source", quote(LONG)),
                "source SQL and too long", Map.of("source", quote(SQL.repeat(20)))), "source");
        add(t, "CalendarResource.replace", "admin", "PUT", calendar, year, Map.of(
                "day of another year", Map.of("days", "[{\"day\":\"2149-12-31\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]"),
                "day impossible", Map.of("days", "[{\"day\":\"2150-02-30\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]"),
                "day SQL", Map.of("days", "[{\"day\":" + quote(SQL) + ",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]")),
                "days[0].day");
        add(t, "CalendarResource.replace", "admin", "PUT", calendar, year, Map.of(
                "kind unknown", Map.of("days", "[{\"day\":\"2150-01-01\",\"kind\":\"" + SCRIPT + "\",\"name\":\"元旦\"}]"),
                "workday on a weekday", Map.of("days", "[{\"day\":\"2150-01-01\",\"kind\":\"WORKDAY\",\"name\":\"元旦\"}]")),
                "days[0].kind");
        add(t, "CalendarResource.replace", "admin", "PUT", calendar, year, Map.of(
                "name oversized", Map.of("days", "[{\"day\":\"2150-01-01\",\"kind\":\"HOLIDAY\",\"name\":" + quote(LONG) + "}]")),
                "days[0].name");
        add(t, "CalendarResource.replace", "admin", "PUT", calendar, year, Map.of(
                "day twice", Map.of("days", "[{\"day\":\"2150-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                        + "{\"day\":\"2150-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]")), "days[1].day");
        one(t, "CalendarResource.replace", "year before 1900", "admin", "PUT", "/api/v1/calendar/1899", year, "year");

        String code = "/api/v1/dictionaries/result-codes/ZZ_BAD_INPUT";
        String entry = "{\"name\":\"测试结果\",\"nameEn\":\"Test result\",\"problem\":true}";
        put(t, jsonCases("ResultCodeResource.put", "admin", "PUT", code, entry, "name", "nameEn"));
        add(t, "ResultCodeResource.put", "admin", "PUT", code, entry, Map.of(
                "name oversized", Map.of("name", quote(LONG))), "name");
        add(t, "ResultCodeResource.put", "admin", "PUT", code, entry, Map.of(
                "sortNo negative", Map.of("sortNo", "-1"),
                "sortNo huge", Map.of("sortNo", "100000")), "sortNo");
        one(t, "ResultCodeResource.put", "code lower case", "admin", "PUT",
                "/api/v1/dictionaries/result-codes/no_issue", entry, "code");
        one(t, "ResultCodeResource.put", "code SQL", "admin", "PUT",
                "/api/v1/dictionaries/result-codes/%27%20OR%201%3D1", entry, "code");

        String proposals = "/api/v1/risk-proposals/";
        String rejection = "{\"reason\":\"问题已当场改正\"}";
        put(t, jsonCases("RiskProposalResource.reject", "planner", "POST", proposals + "999999999/reject", rejection,
                "reason", null));
        add(t, "RiskProposalResource.reject", "planner", "POST", proposals + "999999999/reject", rejection, Map.of(
                "reason oversized", Map.of("reason", quote(LONG)),
                "reason blank", Map.of("reason", quote("   "))), "reason");
        one(t, "RiskProposalResource.reject", "unknown proposal", "planner", "POST", proposals + "999999999/reject",
                rejection, null);
        one(t, "RiskProposalResource.accept", "unknown proposal", "planner", "POST", proposals + "999999999/accept",
                "{}", null);
        one(t, "RiskProposalResource.accept", "proposal id not a number", "planner", "POST",
                proposals + "abc/accept", "{}", null);
    }

    /**
     * A matter's check list and the fixture inspection's full-process record (not checked in: every write that gets
     * past validation is refused 409 NOT_CHECKED_IN or 422 CHECKLIST_MISSING, so nothing is written either way).
     */
    private void fieldRecordCases(Map<String, List<Case>> t) {
        String checklist = "/api/v1/matters/" + matterId() + "/checklist";
        String list = "{\"items\":[{\"code\":\"A1\",\"content\":\"许可证件\",\"legalBasis\":\"《食品安全法》\","
                + "\"method\":\"查验\",\"evidenceRequired\":[\"PHOTO\"]}],\"wholeVisitVideo\":true}";
        put(t, jsonCases("MatterResource.replaceChecklist", "planner", "PUT", checklist, list, "items", null));
        String item = "{\"code\":\"A1\",\"content\":\"c\",\"legalBasis\":\"l\",\"method\":\"m\"}";
        add(t, "MatterResource.replaceChecklist", "planner", "PUT", checklist, list, Map.of(
                "items empty", Map.of("items", "[]"),
                "items a string", Map.of("items", quote(SCRIPT)),
                "item code SQL", Map.of("items", "[" + item.replace("\"A1\"", quote(SQL)) + "]"),
                "item code twice", Map.of("items", "[" + item + "," + item + "]"),
                "item content oversized", Map.of("items", "[" + item.replace("\"c\"", quote(LONG)) + "]"),
                "item legalBasis missing", Map.of("items", "[" + item.replace(",\"legalBasis\":\"l\"", "") + "]"),
                "evidence kind unknown", Map.of("items",
                        "[" + item.replace("}", ",\"evidenceRequired\":[\"SMELL\"]}") + "]"),
                "item null", Map.of("items", "[null]")), "items");
        add(t, "MatterResource.replaceChecklist", "planner", "PUT", checklist, list, Map.of(
                "wholeVisitVideo text", Map.of("wholeVisitVideo", quote("always"))), "wholeVisitVideo");
        one(t, "MatterResource.replaceChecklist", "unknown matter", "planner", "PUT",
                "/api/v1/matters/999999999/checklist", list, null);
        String checklistImport = checklist + "/import";
        files(t, "MatterResource.importChecklist", "planner", checklistImport, "text/csv",
                "检查项编码,检查内容,检查依据,检查方法,音像记录要求\n", "A1,许可证件,《食品安全法》第三十五条,查验,照片\n",
                "A2,贮存条件,《食品安全法》第三十三条,查看,气味\n", "lines[3].evidenceRequired");
        file(t, "MatterResource.importChecklist", "code twice", "planner", checklistImport, "text/csv",
                "code,content,legalBasis,method\nA1,c,l,m\nA1,c,l,m\n".getBytes(StandardCharsets.UTF_8), "lines[3].code");
        file(t, "MatterResource.importChecklist", "code SQL", "planner", checklistImport, "text/csv",
                ("code,content,legalBasis,method\n\"" + SQL + "\",c,l,m\n").getBytes(StandardCharsets.UTF_8),
                "lines[2].code");
        file(t, "MatterResource.importChecklist", "wholeVisitVideo not a boolean", "planner",
                checklistImport + "?wholeVisitVideo=" + java.net.URLEncoder.encode(SQL, StandardCharsets.UTF_8),
                "text/csv", "code,content,legalBasis,method\nA1,c,l,m\n".getBytes(StandardCharsets.UTF_8),
                "wholeVisitVideo");

        String base = "/api/v1/inspections/" + fx.inspectionId();
        String checkIn = "{\"latitude\":29.85,\"longitude\":107.08,\"accuracyMeters\":10}";
        put(t, jsonCases("InspectionResource.checkIn", TEAM_OFFICER, "POST", base + "/check-in", checkIn, null, null));
        add(t, "InspectionResource.checkIn", TEAM_OFFICER, "POST", base + "/check-in", checkIn, Map.of(
                "latitude 91", Map.of("latitude", "91"),
                "latitude text", Map.of("latitude", quote("north")),
                "latitude SQL", Map.of("latitude", quote(SQL)),
                "longitude without latitude", Map.of("latitude", "")), "latitude");
        add(t, "InspectionResource.checkIn", TEAM_OFFICER, "POST", base + "/check-in", checkIn, Map.of(
                "longitude -181", Map.of("longitude", "-181"),
                "latitude without longitude", Map.of("longitude", "")), "longitude");
        add(t, "InspectionResource.checkIn", TEAM_OFFICER, "POST", base + "/check-in", checkIn, Map.of(
                "accuracy negative", Map.of("accuracyMeters", "-1"),
                "accuracy absurd", Map.of("accuracyMeters", "1e999999999")), "accuracyMeters");

        String findings = "{\"findings\":[{\"item\":\"A1\",\"outcome\":\"CONFORMS\",\"note\":\"n\"}]}";
        put(t, jsonCases("InspectionResource.findings", TEAM_OFFICER, "PUT", base + "/findings", findings, "findings",
                null));
        add(t, "InspectionResource.findings", TEAM_OFFICER, "PUT", base + "/findings", findings, Map.of(
                "findings empty", Map.of("findings", "[]"),
                "findings a string", Map.of("findings", quote(SQL))), "findings");
        one(t, "InspectionResource.findings", "not checked in", TEAM_OFFICER, "PUT", base + "/findings", findings, null);

        String ack = "{\"name\":\"张三\",\"position\":\"店长\",\"refused\":false,\"note\":\"无异议\"}";
        put(t, jsonCases("InspectionResource.acknowledge", TEAM_OFFICER, "POST", base + "/acknowledgement", ack,
                "refused", "name"));
        add(t, "InspectionResource.acknowledge", TEAM_OFFICER, "POST", base + "/acknowledgement", ack, Map.of(
                "refused text", Map.of("refused", quote("yes"))), "refused");
        add(t, "InspectionResource.acknowledge", TEAM_OFFICER, "POST", base + "/acknowledgement", ack, Map.of(
                "name oversized", Map.of("name", quote(LONG)),
                "name SQL oversized", Map.of("name", quote(SQL.repeat(10))),
                "name blank", Map.of("name", quote("   "))), "name");
        add(t, "InspectionResource.acknowledge", TEAM_OFFICER, "POST", base + "/acknowledgement", ack, Map.of(
                "refusal without note", Map.of("refused", "true", "note", "")), "note");
        add(t, "InspectionResource.acknowledge", TEAM_OFFICER, "POST", base + "/acknowledgement", ack, Map.of(
                "position oversized", Map.of("position", quote(LONG))), "position");

        one(t, "InspectionResource.confirm", "not checked in", TEAM_OFFICER, "POST", base + "/confirm", null, null);
        one(t, "InspectionResource.confirm", "unknown inspection", TEAM_OFFICER, "POST",
                "/api/v1/inspections/999999999/confirm", null, null);
    }

    /** tus creation and PATCH of evidence: bad headers, metadata, offsets, types and lengths; nothing stored. */
    private void evidenceCases(Map<String, List<Case>> t) {
        String create = "/api/v1/inspections/" + fx.inspectionId() + "/evidence";
        String endpoint = "EvidenceUploadResource.create";
        Map<String, Map<String, String>> creations = new LinkedHashMap<>();
        creations.put("Upload-Length missing", Map.of("Tus-Resumable", "1.0.0", "Upload-Metadata", photoMetadata()));
        creations.put("Upload-Length negative", Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "-1",
                "Upload-Metadata", photoMetadata()));
        creations.put("Upload-Length text", Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "1e9",
                "Upload-Metadata", photoMetadata()));
        creations.put("kind executable", Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "10",
                "Upload-Metadata", "filename " + base64("a.exe") + ",kind " + base64("EXECUTABLE")));
        creations.put("filename a path", Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "10",
                "Upload-Metadata", "filename " + base64("../../etc/passwd") + ",kind " + base64("PHOTO")));
        creations.put("item SQL", Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "10",
                "Upload-Metadata", photoMetadata() + ",item " + base64(SQL)));
        creations.put("metadata not base64", Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "10",
                "Upload-Metadata", "filename <script>,kind " + base64("PHOTO")));
        creations.put("no Tus-Resumable", Map.of("Upload-Length", "10", "Upload-Metadata", photoMetadata()));
        creations.put("photo of a terabyte", Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "1099511627776",
                "Upload-Metadata", photoMetadata()));
        Map<String, String> fields = Map.of("Upload-Length missing", "Upload-Length", "Upload-Length negative",
                "Upload-Length", "Upload-Length text", "Upload-Length", "kind executable", "kind",
                "filename a path", "filename", "item SQL", "item", "metadata not base64", "Upload-Metadata");
        creations.forEach((name, headers) -> t.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(
                new Case(endpoint, name, TEAM_OFFICER, "POST", create, null, null, fields.get(name), headers)));

        String append = "EvidenceResource.append";
        String octets = "application/offset+octet-stream";
        byte[] five = {1, 2, 3, 4, 5};
        List<Case> patches = t.computeIfAbsent(append, k -> new ArrayList<>());
        patches.add(new Case(append, "offset ahead", TEAM_OFFICER, "PATCH", fx.evidenceUpload(), octets, five, null,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "5")));
        patches.add(new Case(append, "offset text", TEAM_OFFICER, "PATCH", fx.evidenceUpload(), octets, five,
                "Upload-Offset", Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "zero")));
        patches.add(new Case(append, "offset missing", TEAM_OFFICER, "PATCH", fx.evidenceUpload(), octets, five,
                "Upload-Offset", Map.of("Tus-Resumable", "1.0.0")));
        patches.add(new Case(append, "past Upload-Length", TEAM_OFFICER, "PATCH", fx.evidenceUpload(), octets,
                new byte[11], null, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0")));
        patches.add(new Case(append, "JSON instead of bytes", TEAM_OFFICER, "PATCH", fx.evidenceUpload(),
                "application/json", "{}".getBytes(StandardCharsets.UTF_8), null,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0")));
        patches.add(new Case(append, "another officer's upload", "officer", "PATCH", fx.evidenceUpload(), octets, five,
                null, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0")));

        String link = "EvidenceResource.link";
        one(t, link, "upload not complete", TEAM_OFFICER, "POST", fx.evidenceUpload() + "/link", null, null);
        one(t, link, "unknown evidence", TEAM_OFFICER, "POST", "/api/v1/evidence/999999999/link", null, null);
        one(t, link, "another team's officer", "officer", "POST", fx.evidenceUpload() + "/link", null, null);
    }

    // ---------------------------------------------------------------- case builders

    /**
     * The cases every JSON endpoint gets: not JSON, the wrong top-level type, an empty body, huge and
     * deeply nested JSON, invalid UTF-8 and GBK bytes, a required field missing and the same field null.
     */
    private List<Case> jsonCases(String endpoint, String role, String method, String path, String valid,
                                 String requiredField, String otherRequired) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(endpoint, "not JSON", role, method, path, "{\"x\":", null));
        cases.add(new Case(endpoint, "wrong top-level type", role, method, path, valid.startsWith("[") ? "{\"a\":1}" : "[1,2]", null));
        cases.add(new Case(endpoint, "a JSON string", role, method, path, "\"" + SCRIPT + "\"", null));
        cases.add(new Case(endpoint, "empty body", role, method, path, "", null));
        cases.add(new Case(endpoint, "deeply nested", role, method, path, "[".repeat(200_000) + "]".repeat(200_000), null));
        cases.add(new Case(endpoint, "huge JSON (8 MB)", role, method, path,
                valid.startsWith("[") ? "[" + ("{\"officerId\":1,\"hours\":-1},".repeat(300_000)) + "{}]"
                        : "{\"padding\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}", null));
        cases.add(new Case(endpoint, "invalid UTF-8", role, method, path, "application/json",
                invalidUtf8(valid), null, Map.of()));
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(valid)) {
            cases.add(new Case(endpoint, "GBK declared as UTF-8", role, method, path, "application/json;charset=UTF-8",
                    gbk(valid), null, Map.of()));
        }
        cases.add(new Case(endpoint, "text/plain", role, method, path, "text/plain",
                valid.getBytes(StandardCharsets.UTF_8), null, Map.of()));
        cases.add(new Case(endpoint, "bad Idempotency-Key", role, method, path, "application/json",
                valid.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", Map.of("Idempotency-Key", "key with spaces")));
        if (requiredField != null && !valid.startsWith("[")) {
            cases.add(new Case(endpoint, requiredField + " missing", role, method, path, with(valid, Map.of(requiredField, "")),
                    requiredField));
            cases.add(new Case(endpoint, requiredField + " null", role, method, path, with(valid, Map.of(requiredField, "null")),
                    requiredField));
            cases.add(new Case(endpoint, requiredField + " an object", role, method, path,
                    with(valid, Map.of(requiredField, "{\"$gt\":\"\"}")), requiredField));
        }
        if (otherRequired != null) {
            cases.add(new Case(endpoint, otherRequired + " missing", role, method, path, with(valid, Map.of(otherRequired, "")),
                    otherRequired));
        }
        return cases;
    }

    /** CSV uploads: a bad row, the same bad row in GBK and as invalid UTF-8, an empty file, a wrong header, 2 MB of rubbish. */
    private void files(Map<String, List<Case>> t, String endpoint, String role, String path, String type, String header,
                       String goodRow, String badRow, String field) {
        file(t, endpoint, "bad row", role, path, type, (header + goodRow + badRow).getBytes(StandardCharsets.UTF_8), field);
        file(t, endpoint, "bad row in GBK", role, path, type + ";charset=GBK",
                (header + goodRow + badRow).getBytes(Charset.forName("GBK")), field);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(header + goodRow)) {
            file(t, endpoint, "GBK declared as UTF-8", role, path, type + ";charset=UTF-8",
                    (header + goodRow).getBytes(Charset.forName("GBK")), null);
        }
        file(t, endpoint, "invalid UTF-8", role, path, type, invalidUtf8(header + goodRow), null);
        file(t, endpoint, "empty file", role, path, type, new byte[0], null);
        file(t, endpoint, "header only", role, path, type, header.getBytes(StandardCharsets.UTF_8), null);
        file(t, endpoint, "wrong header", role, path, type,
                ("a,b,c\n" + goodRow).getBytes(StandardCharsets.UTF_8), null);
        file(t, endpoint, "script and SQL header", role, path, type,
                (SCRIPT + "," + SQL.replace(",", " ") + "\n" + goodRow).getBytes(StandardCharsets.UTF_8), null);
        file(t, endpoint, "oversized rubbish (2 MB, one line)", role, path, type,
                (header + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8), null);
        file(t, endpoint, "JSON instead of CSV", role, path, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), null);
    }

    private static void file(Map<String, List<Case>> t, String endpoint, String name, String role, String path,
                             String type, byte[] body, String field) {
        t.computeIfAbsent(endpoint, k -> new ArrayList<>())
                .add(new Case(endpoint, name, role, "POST", path, type, body, field, Map.of()));
    }

    private static void put(Map<String, List<Case>> t, List<Case> cases) {
        for (Case c : cases) {
            t.computeIfAbsent(c.endpoint(), k -> new ArrayList<>()).add(c);
        }
    }

    /** Cases that each change some fields of a valid body and must name {@code field}. */
    private static void add(Map<String, List<Case>> t, String endpoint, String role, String method, String path,
                            String valid, Map<String, Map<String, String>> changes, String field) {
        changes.forEach((name, change) -> t.computeIfAbsent(endpoint, k -> new ArrayList<>())
                .add(new Case(endpoint, name, role, method, path, with(valid, change), field)));
    }

    private static void one(Map<String, List<Case>> t, String endpoint, String name, String role, String method,
                            String path, String json, String field) {
        t.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(new Case(endpoint, name, role, method, path, json, field));
    }

    /** The valid body with fields replaced by raw JSON values ("" removes the field). */
    static String with(String valid, Map<String, String> changes) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(valid))) {
            object = reader.readObject();
        }
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        changes.forEach((field, raw) -> {
            if (raw.isEmpty()) {
                builder.remove(field);
            } else {
                try (JsonReader reader = Json.createReader(new StringReader("[" + raw + "]"))) {
                    builder.add(field, reader.readArray().get(0));
                }
            }
        });
        return builder.build().toString();
    }

    static String quote(String text) {
        return Json.createArrayBuilder().add(text).build().toString().replaceAll("^\\[|]$", "");
    }

    /** The body with a lone continuation byte and an overlong encoding put into its first string value. */
    static byte[] invalidUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = Math.max(0, text.indexOf(":\"") + 2);
        at = new String(text.substring(0, at)).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(new byte[]{(byte) 0xC0, (byte) 0xAF, (byte) 0x80, (byte) 0xFF}, 0, 4);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    static byte[] gbk(String text) {
        return text.getBytes(Charset.forName("GBK"));
    }

    static String idNumber(String region, String birth) {
        String first17 = region + birth + "001";
        return first17 + ResidentIdChecksum.checkCharacter(first17);
    }

    static String badChecksumId() {
        String good = idNumber("500115", "19850312");
        char wrong = good.charAt(17) == '1' ? '2' : '1';
        return good.substring(0, 17) + wrong;
    }

    private String officerJson() {
        return "{\"name\":\"恶意测试\",\"idNumber\":\"" + idNumber("500115", "19900101") + "\",\"agencyCode\":\"500115002\","
                + "\"position\":\"科员\",\"employmentType\":\"REGULAR\",\"postStatus\":\"ON_POST\","
                + "\"categories\":[\"MARKET_REGULATION\"],\"areas\":[\"500115\"],\"legalQualification\":false,"
                + "\"legalReviewer\":false}";
    }

    private long matterId() {
        return first(http.get("/api/v1/matters?size=1", Tokens.as("planner")), m -> true).getJsonNumber("id").longValue();
    }

}
