package cn.zhifa.planner.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.testing.DrawnPlans;
import cn.zhifa.planner.testing.Evidence;
import cn.zhifa.platform.contract.InspectionTeams;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Check lists of matters and the full-process record of an inspection (docs/field.md): versions, bad input (400
 * naming the field, nothing written), who writes and reads, the missing items and the final record (409).
 */
@HelidonTest
@DatabaseTest
class FieldRecordApiTest {
    static final String MARKET = "500115002";
    static final String WANZHOU = "500101002";
    static final String CHECKLIST = """
            {"items":[{"code":"A1","content":"许可证件是否有效","legalBasis":"《食品安全法》第三十五条","method":"查验",
                       "evidenceRequired":["PHOTO"]},
                      {"code":"A2","content":"贮存条件","legalBasis":"《食品安全法》第三十三条","method":"现场查看"}],
             "wholeVisitVideo":true}""";

    @Inject
    WebTarget target;

    @Inject
    InspectionTeams teams;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    private static String planner(String agency) {
        return as(Roles.PLANNER, agency);
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    /** A drawn plan of a matter of 长寿区市场监管局; its draw's reply. */
    private JsonObject drawn() {
        return DrawnPlans.drawnPlan(http(), "500115", new ArrayList<>(), planner(MARKET));
    }

    /** The officers of an inspection's team, as the plan's inspections list them. */
    static List<Long> team(JsonObject inspection) {
        List<Long> team = new ArrayList<>();
        inspection.getJsonArray("inspectors").forEach(i -> team.add(id(i.asJsonObject(), "officerId")));
        return team;
    }

    private static List<String> missing(Reply record) {
        List<String> out = new ArrayList<>();
        for (JsonValue m : record.json().getJsonArray("missing")) {
            JsonObject o = m.asJsonObject();
            out.add(o.getString("what") + (o.containsKey("item") && !o.isNull("item") ? ":" + o.getString("item") : "")
                    + (o.containsKey("kind") && !o.isNull("kind") ? ":" + o.getString("kind") : "")
                    + (o.containsKey("officerId") && !o.isNull("officerId") ? ":" + id(o, "officerId") : ""));
        }
        return out;
    }

    private static void assertField(Reply reply, int status, String field, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.fields().contains(field), reply.body());
        assertTrue(reply.codes().contains(code), reply.body());
    }

    @Test
    void shouldVersionAMattersChecklistInThePlannersScopeAndWriteNothingOfABadOne() {
        long matter = id(http().post("/api/v1/matters", """
                {"name":"检查表测试事项","subject":"区市场监督管理局","legalBasis":"《食品安全法》第一百一十条",
                 "targetScope":"辖区食品经营者","content":"许可条件保持情况","method":"现场检查","frequency":"每年一次",
                 "category":"MARKET_REGULATION","industries":["食品销售"]}""", planner(MARKET)).expect(201).json(), "id");
        String path = "/api/v1/matters/" + matter + "/checklist";
        Reply none = http().get(path, planner(MARKET)).expect(200);
        assertEquals(0, none.json().getInt("version"));

        Reply first = http().put(path, CHECKLIST, planner(MARKET)).expect(200);
        assertEquals(1, first.json().getInt("version"));
        assertEquals(List.of("PHOTO"), first.json().getJsonArray("items").getJsonObject(0)
                .getJsonArray("evidenceRequired").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertTrue(first.json().getBoolean("wholeVisitVideo"));
        assertEquals(2, http().put(path, CHECKLIST.replace("\"A2\"", "\"A3\""), planner(MARKET)).expect(200)
                .json().getInt("version"));

        Reply bad = http().put(path, """
                {"items":[{"code":"A1","content":"许可证件","legalBasis":"法","method":"查验","evidenceRequired":["SMELL"]},
                          {"code":"A1","content":"重复","legalBasis":"法","method":"查验"},
                          {"content":"无编码","legalBasis":"法","method":"查验"},
                          {"code":"B1","legalBasis":"法","method":"查验"}]}""", planner(MARKET));
        assertField(bad, 400, "items[0].evidenceRequired[0]", "EVIDENCE_KIND_UNKNOWN");
        assertTrue(bad.fields().containsAll(List.of("items[1].code", "items[2].code", "items[3].content")), bad.body());
        assertTrue(bad.codes().contains("CHECKLIST_ITEM_CODE_DUPLICATE"), bad.body());
        assertField(http().put(path, "{\"items\":[]}", planner(MARKET)), 400, "items", "FIELD_REQUIRED");
        JsonObject current = http().get(path, officer(1)).expect(200).json();
        assertEquals(2, current.getInt("version"), "nothing written by the bad ones");
        assertEquals("A3", current.getJsonArray("items").getJsonObject(1).getString("code"));

        assertEquals(403, http().put(path, CHECKLIST, planner(WANZHOU)).status());
        assertEquals(403, http().get(path, planner(WANZHOU)).status());
        assertEquals(403, http().put(path, CHECKLIST, officer(1)).status());
        assertEquals(2, http().get(path, planner(MARKET)).json().getInt("version"));
        assertEquals(404, http().get("/api/v1/matters/999999999/checklist", planner(MARKET)).status());
    }

    private long newMatter(String bearer) {
        return id(http().post("/api/v1/matters", """
                {"name":"检查表导入事项","subject":"区市场监督管理局","legalBasis":"《食品安全法》第一百一十条",
                 "targetScope":"辖区食品经营者","content":"许可条件保持情况","method":"现场检查","frequency":"每年一次",
                 "category":"MARKET_REGULATION","industries":["食品销售"]}""", bearer).expect(201).json(), "id");
    }

    private static byte[] xlsx(List<List<String>> rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("检查表");
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void shouldImportAChecklistFromCsvInUtf8OrGbkAndXlsxAllRowsOrNone() throws Exception {
        long matter = newMatter(planner(MARKET));
        String path = "/api/v1/matters/" + matter + "/checklist/import";
        String csv = """
                检查项编码,检查内容,检查依据,检查方法,音像记录要求
                A1,许可证件是否有效,《食品安全法》第三十五条,查验,照片、文书
                A2,贮存条件,《食品安全法》第三十三条,现场查看,
                """;
        Reply utf8 = http().upload(path + "?wholeVisitVideo=true", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), planner(MARKET)).expect(200);
        assertEquals(1, utf8.json().getInt("version"));
        assertTrue(utf8.json().getBoolean("wholeVisitVideo"));
        JsonObject first = utf8.json().getJsonArray("items").getJsonObject(0);
        assertEquals("许可证件是否有效", first.getString("content"));
        assertEquals("[\"PHOTO\",\"DOCUMENT\"]", first.getJsonArray("evidenceRequired").toString());

        Reply gbk = http().upload(path, "text/csv", csv.replace("A2", "B2").getBytes(java.nio.charset.Charset.forName("GBK")),
                planner(MARKET)).expect(200);
        assertEquals("B2", gbk.json().getJsonArray("items").getJsonObject(1).getString("code"));
        assertEquals("贮存条件", gbk.json().getJsonArray("items").getJsonObject(1).getString("content"));
        assertTrue(gbk.json().getBoolean("wholeVisitVideo"), "left out: the current version's");

        Reply workbook = http().upload(path + "?wholeVisitVideo=false",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(List.of(
                        List.of("code", "content", "legalBasis", "method"),
                        List.of("X1", "从业人员健康证明", "《食品安全法》第四十五条", "查阅"))), planner(MARKET)).expect(200);
        assertEquals(3, workbook.json().getInt("version"));
        assertEquals(List.of(), workbook.json().getJsonArray("items").getJsonObject(0).getJsonArray("evidenceRequired"));

        Reply bad = http().upload(path, "text/csv", """
                检查项编码,检查内容,检查依据,检查方法,音像记录要求
                A1,许可证件,依据,查验,照片
                A1,重复编码,依据,查验,
                ,无编码,依据,查验,气味
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), planner(MARKET));
        assertField(bad, 400, "lines[3].code", "CHECKLIST_ITEM_CODE_DUPLICATE");
        assertField(bad, 400, "lines[4].code", "FIELD_REQUIRED");
        assertField(bad, 400, "lines[4].evidenceRequired[0]", "EVIDENCE_KIND_UNKNOWN");
        assertField(http().upload(path, "text/csv", "编码,检查内容\nA1,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                planner(MARKET)), 400, "file", "IMPORT_COLUMN_MISSING");
        assertField(http().upload(path + "?wholeVisitVideo=maybe", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), planner(MARKET)), 400, "wholeVisitVideo",
                "FIELD_INVALID");
        assertEquals(403, http().upload(path, "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                planner(WANZHOU)).status());
        assertEquals(3, http().get("/api/v1/matters/" + matter + "/checklist", planner(MARKET)).json().getInt("version"),
                "nothing written by the refused files");
        Reply template = http().get("/api/v1/matters/checklist-template", planner(MARKET)).expect(200);
        assertTrue(template.body().contains("检查项编码,检查内容,检查依据,检查方法,音像记录要求"), template.body());
    }

    /** The door QR: signed like the credential QR; the public sees the team and that it is genuine, nothing else. */
    @Test
    void shouldShowTheTeamAtTheDoorOnlyForAGenuineSignature() {
        JsonObject draw = drawn();
        JsonObject inspection = draw.getJsonArray("inspections").getJsonObject(0);
        long id = id(inspection, "id");
        long other = id(draw.getJsonArray("inspections").getJsonObject(1), "id");
        String doorUrl = http().get("/api/v1/inspections/" + id + "/record", officer(team(inspection).getFirst()))
                .expect(200).json().getString("doorUrl");
        assertTrue(doorUrl.startsWith("/public/v1/inspections/" + id + "/door?sig="), doorUrl);
        String sig = doorUrl.substring(doorUrl.indexOf("sig=") + 4);

        JsonObject door = http().get(doorUrl, ApiClient.NOBODY).expect(200).json();
        assertEquals(Set.of("genuine", "matter", "agency", "team"), door.keySet());
        assertTrue(door.getBoolean("genuine"));
        assertEquals("食品经营抽查", door.getString("matter"));
        List<String> shown = new ArrayList<>();
        door.getJsonArray("team").forEach(m -> shown.add(m.asJsonObject().getString("name") + "/"
                + m.asJsonObject().getString("credentialNumber") + "/" + m.asJsonObject().getString("status")));
        List<String> drawnTeam = new ArrayList<>();
        inspection.getJsonArray("inspectors").forEach(m -> drawnTeam.add(m.asJsonObject().getString("name") + "/"
                + m.asJsonObject().getString("credentialNumber") + "/ACTIVE"));
        assertEquals(drawnTeam, shown);

        String altered = (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);
        for (String forged : List.of("/public/v1/inspections/" + id + "/door?sig=" + altered,
                "/public/v1/inspections/" + other + "/door?sig=" + sig,
                "/public/v1/inspections/" + id + "/door", "/public/v1/inspections/999999999/door?sig=" + sig)) {
            JsonObject refused = http().get(forged, ApiClient.NOBODY).expect(200).json();
            assertEquals(Set.of("genuine"), refused.keySet(), forged + ": " + refused);
            assertFalse(refused.getBoolean("genuine"));
        }
    }

    /**
     * The same door URL opened by a phone's browser ({@code Accept: text/html}) is a page of what the JSON says, in
     * Chinese or English; the QR picture exists only for a genuine signature.
     */
    @Test
    void shouldShowTheDoorAsAPageToABrowserAndTheQrOnlyForAGenuineSignature() {
        JsonObject draw = drawn();
        JsonObject inspection = draw.getJsonArray("inspections").getJsonObject(0);
        long id = id(inspection, "id");
        String doorUrl = http().get("/api/v1/inspections/" + id + "/record", officer(team(inspection).getFirst()))
                .expect(200).json().getString("doorUrl");
        Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        ApiClient.Reply page = http().send("GET", doorUrl, ApiClient.NOBODY, null, null, browser).expect(200);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("真实的执法检查") && page.body().contains("食品经营抽查"), page.body());
        inspection.getJsonArray("inspectors").forEach(m -> {
            assertTrue(page.body().contains(m.asJsonObject().getString("name")));
            assertTrue(page.body().contains(m.asJsonObject().getString("credentialNumber")));
        });
        assertTrue(http().send("GET", doorUrl + "&lang=en", ApiClient.NOBODY, null, null, browser).expect(200).body()
                .contains("A genuine inspection"));
        ApiClient.Reply forged = http().send("GET", "/public/v1/inspections/" + id + "/door?sig=AAAA", ApiClient.NOBODY,
                null, null, browser).expect(200);
        assertTrue(forged.body().contains("不能确认此检查"), forged.body());
        assertFalse(forged.body().contains(inspection.getJsonArray("inspectors").getJsonObject(0).getString("name")));
        assertTrue(http().get(doorUrl, ApiClient.NOBODY).expect(200).contentType().startsWith("application/json"),
                "an API client without Accept keeps JSON");

        ApiClient.Reply qr = http().get(doorUrl.replace("/door?", "/door.png?"), ApiClient.NOBODY).expect(200);
        assertEquals("image/png", qr.contentType());
        assertEquals(doorUrl, qr.body(), "the QR of the door URL (the module's test signer gives its text)");
        http().get("/public/v1/inspections/" + id + "/door.png?sig=AAAA", ApiClient.NOBODY).expect(404);
    }

    @Test
    void shouldRecordTheVisitToTheFinalRecordWhichChangesNoMore() {
        JsonObject draw = drawn();
        JsonObject inspection = draw.getJsonArray("inspections").getJsonObject(0);
        long id = id(inspection, "id");
        List<Long> team = team(inspection);
        Set<Long> others = new HashSet<>();
        draw.getJsonArray("inspections").forEach(i -> others.addAll(team(i.asJsonObject())));
        others.removeAll(team);
        long outsider = others.iterator().next();
        String base = "/api/v1/inspections/" + id;
        String a = officer(team.get(0));
        String b = officer(team.get(1));

        // no check list yet: the visit cannot start
        assertField(http().post(base + "/check-in", "{}", a), 422, "checklist", "CHECKLIST_MISSING");
        long matter = id(draw, "matterId");
        http().put("/api/v1/matters/" + matter + "/checklist", CHECKLIST, planner(MARKET)).expect(200);

        Reply before = http().get(base + "/record", a).expect(200);
        assertEquals("CHECK_IN", missing(before).getFirst());
        assertField(http().post(base + "/check-in", "{\"latitude\":91,\"longitude\":106.5}", a), 400, "latitude",
                "LATITUDE_INVALID");
        assertField(http().post(base + "/check-in", "{\"latitude\":29.8}", a), 400, "longitude",
                "COORDINATES_INCOMPLETE");
        assertField(http().post(base + "/check-in", "{\"latitude\":29.8,\"longitude\":107.1,\"accuracyMeters\":-1}",
                a), 400, "accuracyMeters", "ACCURACY_INVALID");
        assertEquals(403, http().post(base + "/check-in", "{}", officer(outsider)).status());
        assertEquals("CHECK_IN", missing(http().get(base + "/record", a)).getFirst(), "nothing written");

        Reply checkedIn = http().post(base + "/check-in",
                "{\"latitude\":29.857123,\"longitude\":107.081456,\"accuracyMeters\":12.5}", a).expect(200);
        assertEquals(29.857123, checkedIn.json().getJsonObject("checkIn").getJsonNumber("latitude").doubleValue());
        assertEquals(409, http().post(base + "/check-in", "{}", b).status());
        // the record keeps the version its visit started with
        http().put("/api/v1/matters/" + matter + "/checklist", CHECKLIST.replace("\"A2\"", "\"Z9\""), planner(MARKET))
                .expect(200);
        assertEquals(List.of("FINDING:A1", "FINDING:A2", "EVIDENCE:A1:PHOTO", "WHOLE_VISIT_VIDEO", "ACKNOWLEDGEMENT",
                "CONFIRMATION:" + Math.min(team.get(0), team.get(1)), "CONFIRMATION:" + Math.max(team.get(0),
                        team.get(1))), missing(http().get(base + "/record", b).expect(200)));

        Reply badFinding = http().put(base + "/findings", """
                {"findings":[{"item":"A1","outcome":"MAYBE"},{"item":"Z9","outcome":"CONFORMS"}]}""", a);
        assertField(badFinding, 400, "findings[0].outcome", "OUTCOME_UNKNOWN");
        assertField(badFinding, 400, "findings[1].item", "CHECKLIST_ITEM_UNKNOWN");
        assertEquals(0, http().get(base + "/record", a).json().getJsonArray("findings").size(), "nothing written");
        assertEquals(403, http().put(base + "/findings", "{\"findings\":[{\"item\":\"A1\",\"outcome\":\"CONFORMS\"}]}",
                officer(outsider)).status());
        http().put(base + "/findings", """
                {"findings":[{"item":"A1","outcome":"NONCONFORMS","note":"许可证过期"},
                             {"item":"A2","outcome":"CONFORMS"}]}""", a).expect(200);
        assertField(http().post(base + "/acknowledgement", "{\"refused\":true}", a), 400, "note", "FIELD_REQUIRED");
        assertField(http().post(base + "/acknowledgement", "{\"name\":\"张三\"}", a), 400, "refused", "FIELD_REQUIRED");
        http().post(base + "/acknowledgement", "{\"refused\":true,\"note\":\"当事人拒绝签字，两名执法人员在场见证\"}", a)
                .expect(200);

        // the evidence is still missing: nobody signs an incomplete record
        assertField(http().post(base + "/confirm", null, a), 422, "missing", "RECORD_INCOMPLETE");
        Evidence.add(id, "PHOTO", "A1");
        Evidence.add(id, "VIDEO", null);
        Reply signedOnce = http().post(base + "/confirm", null, a).expect(200);
        assertEquals(List.of("CONFIRMATION:" + team.get(1)), missing(signedOnce));
        assertFalse(signedOnce.json().getBoolean("final"));
        assertEquals(409, http().post(base + "/confirm", null, a).status());
        assertEquals(403, http().post(base + "/confirm", null, officer(outsider)).status());

        // readers: the team, planners and judicial bureaux of the plan's agency; not another team nor another agency
        assertEquals(403, http().get(base + "/record", officer(outsider)).status());
        assertEquals(403, http().get(base + "/record", planner(WANZHOU)).status());
        http().get(base + "/record", planner(MARKET)).expect(200);
        http().get(base + "/record", as(Roles.JUDICIAL, "500115001")).expect(200);

        Reply last = http().post(base + "/confirm", null, b).expect(200);
        assertTrue(last.json().getBoolean("final"), last.body());
        assertEquals(List.of(), missing(last));
        assertTrue(teams.isFinal(id));
        assertFalse(teams.isFinal(id(draw.getJsonArray("inspections").getJsonObject(1), "id")));
        for (Reply changed : List.of(
                http().put(base + "/findings", "{\"findings\":[{\"item\":\"A1\",\"outcome\":\"CONFORMS\"}]}", a),
                http().post(base + "/acknowledgement", "{\"refused\":false,\"name\":\"张三\"}", b),
                http().post(base + "/confirm", null, b))) {
            assertEquals(409, changed.status(), changed.body());
            assertEquals("urn:zhifa:problem:RECORD_FINAL", changed.json().getString("type"));
            assertTrue(changed.json().getString("detail").contains("定稿"), changed.body());
        }
        assertEquals("NONCONFORMS", http().get(base + "/record", a).json().getJsonArray("findings").getJsonObject(0)
                .getString("outcome"));
    }
}
