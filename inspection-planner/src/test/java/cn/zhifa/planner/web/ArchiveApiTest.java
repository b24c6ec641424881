package cn.zhifa.planner.web;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import cn.zhifa.platform.testing.ArchiveFiles;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static cn.zhifa.platform.testing.Tokens.as;
import static cn.zhifa.platform.testing.Tokens.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive of an inspection (docs/field.md, "The archive"): the zip's files and manifest, its readers, the
 * auditors' script on it and on a tampered copy, an altered evidence file breaking it off, the audit check, and the
 * retention of a matter's records.
 */
@HelidonTest
@DatabaseTest
class ArchiveApiTest {
    static final String MARKET = FieldRecordApiTest.MARKET;

    @Inject
    WebTarget target;

    @Inject
    InspectionTeams teams;

    private ApiClient http() {
        return ApiClient.of(target);
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    private static JsonObject json(byte[] bytes) {
        return Json.createReader(new ByteArrayInputStream(bytes)).readObject();
    }

    @Test
    void shouldArchiveTheRecordAndEveryEvidenceFileWithAManifestTheScriptVerifies() throws Exception {
        String planner = as(Roles.PLANNER, MARKET);
        JsonObject draw = DrawnPlans.drawnPlan(http(), "500115", new ArrayList<>(), planner);
        JsonObject inspection = draw.getJsonArray("inspections").getJsonObject(0);
        long id = id(inspection, "id");
        String a = officer(FieldRecordApiTest.team(inspection).get(0));
        Set<Long> others = new HashSet<>();
        draw.getJsonArray("inspections").forEach(i -> others.addAll(FieldRecordApiTest.team(i.asJsonObject())));
        others.removeAll(FieldRecordApiTest.team(inspection));
        String outsider = officer(others.iterator().next());
        String base = "/api/v1/inspections/" + id;
        http().put("/api/v1/matters/" + id(draw, "matterId") + "/checklist", FieldRecordApiTest.CHECKLIST, planner)
                .expect(200);
        http().post(base + "/check-in", "{}", a).expect(200);
        http().put(base + "/findings", "{\"findings\":[{\"item\":\"A1\",\"outcome\":\"NONCONFORMS\","
                + "\"note\":\"许可证过期 <b>\"}]}", a).expect(200);
        byte[] photo = "门头照片的字节".getBytes(StandardCharsets.UTF_8);
        long photoId = Evidence.add(id, "PHOTO", "A1", "门头.jpg", photo);
        long videoId = Evidence.add(id, "VIDEO", null, "../../全程.mp4", new byte[300_000]);

        Reply reply = http().get(base + "/archive", planner).expect(200);
        assertEquals("application/zip", reply.contentType());
        assertTrue(reply.header("Content-Disposition").contains("inspection-" + id + "-archive.zip"));
        Map<String, byte[]> files = ArchiveFiles.entries(reply.bytes());
        String photoPath = "evidence/" + photoId + "-门头.jpg";
        String videoPath = "evidence/" + videoId + "-_._.._全程.mp4";
        assertEquals(List.of("record.json", "record.html", photoPath, videoPath, "manifest.json"),
                List.copyOf(files.keySet()));
        JsonObject manifest = json(files.get("manifest.json"));
        assertEquals(id, id(manifest, "inspection"));
        assertFalse(manifest.getBoolean("final"), "not final yet: any time for staff, marked");
        assertTrue(manifest.getJsonNumber("generatedAt").longValue() > 0);
        assertEquals(4, manifest.getJsonArray("files").size());
        JsonObject photoEntry = manifest.getJsonArray("files").getJsonObject(2);
        assertEquals(photoPath, photoEntry.getString("path"));
        assertEquals(photo.length, photoEntry.getInt("size"));
        assertEquals(photoId, id(photoEntry, "evidenceId"));
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(photo)), photoEntry.getString("sha256"));
        assertEquals(300_000, files.get(videoPath).length);
        JsonObject record = json(files.get("record.json"));
        assertEquals(id, id(record.getJsonObject("inspection"), "id"));
        assertEquals("NONCONFORMS", record.getJsonArray("findings").getJsonObject(0).getString("outcome"));
        String page = new String(files.get("record.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("@media print") && page.contains("现场检查记录") && page.contains("不符合"), page);
        assertTrue(page.contains("许可证过期 &lt;b&gt;") && !page.contains("许可证过期 <b>"), "escaped");
        assertTrue(page.contains(photoPath));

        ArchiveFiles.Verdict verdict = ArchiveFiles.verify(reply.bytes());
        assertEquals(0, verdict.exitCode(), verdict.output());
        assertTrue(verdict.output().contains("4 files match"), verdict.output());
        byte[] tampered = tamper(reply.bytes(), photoPath);
        ArchiveFiles.Verdict refused = ArchiveFiles.verify(tampered);
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("SHA-256 of " + photoPath), refused.output());

        // readers: as the record
        http().get(base + "/archive", a).expect(200);
        http().get(base + "/archive", as(Roles.JUDICIAL, "500115001")).expect(200);
        assertEquals(403, http().get(base + "/archive", outsider).status());
        assertEquals(403, http().get(base + "/archive", as(Roles.PLANNER, FieldRecordApiTest.WANZHOU)).status());
        assertEquals(404, http().get("/api/v1/inspections/999999999/archive", planner).status());

        // the audit check: the planner's test evidence has no upload events, so nothing matches
        JsonObject check = http().get(base + "/archive/audit-check", planner).expect(200).json();
        assertFalse(check.getBoolean("allMatch"));
        assertEquals(photoPath, check.getJsonArray("files").getJsonObject(0).getString("path"));
        assertFalse(check.getJsonArray("files").getJsonObject(0).getBoolean("match"));
        assertFalse(check.getJsonArray("files").getJsonObject(0).containsKey("auditedSha256"), check.toString());
        assertEquals(403, http().get(base + "/archive/audit-check", a).status(), "a staff check");
        assertEquals(403, http().get(base + "/archive/audit-check", as(Roles.PLANNER, FieldRecordApiTest.WANZHOU))
                .status());

        // a file altered in storage: no complete archive
        Evidence.alter(videoId);
        try {
            Reply broken = http().get(base + "/archive", planner);
            assertFalse(broken.status() == 200 && ArchiveFiles.entries(broken.bytes()).containsKey("manifest.json"),
                    "an archive with an altered file has no manifest");
        } catch (UncheckedIOException expected) {
            // the download broke off
        }
    }

    /** The zip with one entry's first byte changed (and everything else as it was). */
    private static byte[] tamper(byte[] zip, String path) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : ArchiveFiles.entries(zip).entrySet()) {
                byte[] bytes = e.getValue().clone();
                if (e.getKey().equals(path)) {
                    bytes[0] ^= 1;
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void shouldKeepAMattersRecordsForItsRetentionPeriodNeverShorterThanTheDefault() {
        String planner = as(Roles.PLANNER, MARKET);
        String matter = """
                {"name":"保存期限事项","subject":"区市场监督管理局","legalBasis":"《食品安全法》第一百一十条",
                 "targetScope":"辖区食品经营者","content":"许可条件保持情况","method":"现场检查","frequency":"每年一次",
                 "category":"MARKET_REGULATION"%s}""";
        assertEquals(30, http().post("/api/v1/matters", matter.formatted(""), planner).expect(201).json()
                .getInt("retentionYears"));
        assertEquals(50, http().post("/api/v1/matters", matter.formatted(",\"retentionYears\":50"), planner)
                .expect(201).json().getInt("retentionYears"));
        for (int bad : new int[]{10, 0, 101}) {
            Reply refused = http().post("/api/v1/matters", matter.formatted(",\"retentionYears\":" + bad), planner);
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.fields().contains("retentionYears") && refused.codes().contains("RETENTION_YEARS_INVALID"),
                    refused.body());
        }
        JsonObject draw = DrawnPlans.drawnPlan(http(), "500115", new ArrayList<>(), planner);
        assertEquals(30, teams.retentionYears(id(draw.getJsonArray("inspections").getJsonObject(0), "id")));
        assertEquals(30, teams.retentionYears(999_999_999L), "the default for an unknown inspection");
    }
}
