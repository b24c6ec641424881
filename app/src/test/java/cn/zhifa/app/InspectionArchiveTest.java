package cn.zhifa.app;

import cn.zhifa.app.hostile.JointPlanFixture;
import cn.zhifa.app.hostile.DemoData;
import cn.zhifa.app.hostile.EvidenceUploads;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ArchiveFiles;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive (归档) of an inspection whose evidence went through the real evidence-store (docs/field.md): check list,
 * check-in, a photo and a scanned document uploaded with tus (the document in two PATCHes), findings, the party's
 * acknowledgement, every member's confirmation; then the final record's archive downloaded by the judicial bureau,
 * its manifest verified (in Java and by docs/verify-archive.py), each file's read in the audit record (调阅记录), and
 * the staff's check of the manifest against the audit chain's upload events. No API deletes a record or evidence.
 */
@HelidonTest
@DatabaseTest
class InspectionArchiveTest {
    @Inject
    WebTarget target;

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void shouldArchiveAFinalRecordWithTheEvidenceOfTheRealStoreAndMatchTheAuditChain() throws Exception {
        ApiClient http = new ApiClient(target.getUri());
        DemoData.ensureLoaded();
        JointPlanFixture.JointPlan plan = JointPlanFixture.drawnOfMarketAlone(http, Tokens.as("planner"));
        long inspectionId = plan.teams().keySet().iterator().next();
        List<Long> team = plan.teams().get(inspectionId);
        long officer = team.getFirst();
        String base = "/api/v1/inspections/" + inspectionId;
        http.put("/api/v1/matters/" + plan.food() + "/checklist", """
                {"items":[{"code":"AR1","content":"经营场所与许可一致","legalBasis":"《食品经营许可和备案管理办法》",
                           "method":"现场查看","evidenceRequired":["PHOTO"]}],"wholeVisitVideo":false}""",
                Tokens.as("planner")).expect(200);
        http.post(base + "/check-in", "{}", Tokens.officer(officer)).expect(200);

        byte[] photo = new byte[70_000];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        photo[3] = (byte) 0xE0;
        byte[] document = ("%PDF-1.4\n" + "询问笔录 ".repeat(20_000) + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        long photoId = EvidenceUploads.upload(http, inspectionId, officer, "门头 照片.jpg", "PHOTO", "AR1", photo,
                photo.length);
        long documentId = EvidenceUploads.upload(http, inspectionId, officer, "笔录:第1页.pdf", "DOCUMENT", null,
                document, document.length / 2 + 1);
        http.put(base + "/findings", "{\"findings\":[{\"item\":\"AR1\",\"outcome\":\"CONFORMS\"}]}",
                Tokens.officer(officer)).expect(200);
        http.post(base + "/acknowledgement", "{\"refused\":false,\"name\":\"李四\",\"position\":\"店长\"}",
                Tokens.officer(officer)).expect(200);
        Reply last = null;
        for (long member : team) {
            last = http.post(base + "/confirm", null, Tokens.officer(member)).expect(200);
        }
        assertTrue(last.json().getBoolean("final"), last.body());

        String judicial = Tokens.as("judicial");
        int readsBefore = reads(http, photoId);
        Reply archive = http.get(base + "/archive", judicial).expect(200);
        Map<String, byte[]> files = ArchiveFiles.entries(archive.bytes());
        String photoPath = "evidence/" + photoId + "-门头_照片.jpg";
        String documentPath = "evidence/" + documentId + "-笔录_第1页.pdf";
        assertEquals(List.of("record.json", "record.html", photoPath, documentPath, "manifest.json"),
                List.copyOf(files.keySet()));
        JsonObject manifest = Json.createReader(new ByteArrayInputStream(files.get("manifest.json"))).readObject();
        assertTrue(manifest.getBoolean("final"));
        for (JsonValue f : manifest.getJsonArray("files")) {
            JsonObject file = f.asJsonObject();
            byte[] bytes = files.get(file.getString("path"));
            assertEquals(file.getJsonNumber("size").longValue(), bytes.length, file.toString());
            assertEquals(file.getString("sha256"), sha256(bytes), file.toString());
        }
        assertEquals(sha256(photo), sha256(files.get(photoPath)));
        assertEquals(sha256(document), sha256(files.get(documentPath)));
        ArchiveFiles.Verdict verdict = ArchiveFiles.verify(archive.bytes());
        assertEquals(0, verdict.exitCode(), verdict.output());

        // every evidence file put in the archive is a read of the judicial bureau's in the audit record
        assertEquals(readsBefore + 1, reads(http, photoId));
        JsonObject read = lastRead(http, photoId);
        assertTrue(read.getString("actorRole").contains("judicial"), read.toString());

        JsonObject check = http.get(base + "/archive/audit-check", judicial).expect(200).json();
        assertTrue(check.getBoolean("allMatch"), check.toString());
        assertEquals(2, check.getJsonArray("files").size());
        for (JsonValue f : check.getJsonArray("files")) {
            JsonObject file = f.asJsonObject();
            assertTrue(file.getBoolean("match") && file.getBoolean("eventIntact"), file.toString());
            assertEquals(file.getString("sha256"), file.getString("auditedSha256"));
        }
        assertEquals(photoPath, check.getJsonArray("files").getJsonObject(0).getString("path"));

        // retention: nothing deletes an inspection's record or its evidence
        assertEquals(List.of(), PermissionMatrixTest.endpoints().stream()
                .filter(e -> e.httpMethod().equals("DELETE")
                        && e.path().matches("/api/v1/(inspections|evidence|matters|plans)(/.*)?"))
                .map(PermissionMatrixTest.Endpoint::path).toList());
    }

    private static List<JsonObject> readEvents(ApiClient http, long evidenceId) {
        return http.get("/api/v1/audit?entityType=evidence&entityId=" + evidenceId + "&size=500", Tokens.as("admin"))
                .expect(200).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> "EVIDENCE_READ".equals(e.getString("action"))).toList();
    }

    private static int reads(ApiClient http, long evidenceId) {
        return readEvents(http, evidenceId).size();
    }

    private static JsonObject lastRead(ApiClient http, long evidenceId) {
        return readEvents(http, evidenceId).getLast();
    }
}
