package cn.zhifa.evidence.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.evidence.service.UploadDigests;
import cn.zhifa.evidence.testing.GeneratedBytes;
import cn.zhifa.evidence.testing.Teams;
import cn.zhifa.platform.contract.InspectionEvidence;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static cn.zhifa.evidence.testing.Samples.b64;
import static cn.zhifa.evidence.testing.Samples.jpeg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tus upload of evidence and its audited reads, over HTTP. */
@HelidonTest
@DatabaseTest
class EvidenceApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OCTETS = "application/offset+octet-stream";

    @Inject
    WebTarget target;

    @Inject
    UploadDigests digests;

    @Inject
    InspectionEvidence inspectionEvidence;

    private URI uri(String path) {
        return target.getUri().resolve(path);
    }

    private static String officer(long id) {
        return Tokens.bearer(String.valueOf(id), Roles.OFFICER);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> create(long inspection, String bearer, long length, String kind, String filename)
            throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/inspections/" + inspection + "/evidence"))
                .header("Authorization", bearer).header("Tus-Resumable", "1.0.0").header("Upload-Length", "" + length)
                .header("Upload-Metadata", "filename " + b64(filename) + ",kind " + b64(kind) + ",item " + b64("C01"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI location(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("1.0.0", created.headers().firstValue("Tus-Resumable").orElseThrow());
        return uri(created.headers().firstValue("Location").orElseThrow());
    }

    private static HttpResponse<String> patch(URI upload, String bearer, long offset, HttpRequest.BodyPublisher body)
            throws Exception {
        return send(HttpRequest.newBuilder(upload).header("Authorization", bearer).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "" + offset).header("Content-Type", OCTETS).method("PATCH", body));
    }

    private static long offset(URI upload, String bearer) throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(upload).header("Authorization", bearer)
                .header("Tus-Resumable", "1.0.0").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    private static String code(HttpResponse<String> response) {
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        return problem.containsKey("errors") && !problem.getJsonArray("errors").isEmpty()
                ? problem.getJsonArray("errors").getJsonObject(0).getString("code")
                : problem.getString("type").substring("urn:zhifa:problem:".length());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<JsonObject> audit(String evidenceId) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/api/v1/audit?entityType=evidence&entityId="
                + evidenceId + "&size=100")).header("Authorization", Tokens.bearer("j-1", Roles.JUDICIAL)).GET());
        assertEquals(200, page.statusCode(), page.body());
        return Json.createReader(new StringReader(page.body())).readObject().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static String id(URI upload) {
        String path = upload.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void shouldDescribeTheEndpointsInOpenApi() {
        String openApi = target.path("/openapi").request("application/yaml").get(String.class);
        for (String path : List.of("/api/v1/inspections/{inspectionId}/evidence:", "/api/v1/evidence/{evidenceId}:",
                "EVIDENCE_TOO_LARGE", "UPLOAD_OFFSET_MISMATCH", "EVIDENCE_ALTERED")) {
            assertTrue(openApi.contains(path), path + " missing from /openapi");
        }
    }

    @Test
    void shouldAdvertiseTheTusSubset() throws Exception {
        HttpResponse<String> options = send(HttpRequest.newBuilder(uri("/api/v1/inspections/1/evidence"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, options.statusCode());
        assertEquals("1.0.0", options.headers().firstValue("Tus-Version").orElseThrow());
        assertEquals("creation", options.headers().firstValue("Tus-Extension").orElseThrow());
        assertEquals("134217728", options.headers().firstValue("Tus-Max-Size").orElseThrow());
    }

    @Test
    void shouldResumeAPartialUploadAndCompleteItWithItsHashInTheAuditChain() throws Exception {
        long officer = 8_100_001;
        long inspection = Teams.inspection(officer, 8_100_002);
        byte[] file = jpeg(300_000, 1);
        URI upload = location(create(inspection, officer(officer), file.length, "PHOTO", "门头照片.jpg"));
        assertEquals(0, offset(upload, officer(officer)));

        HttpResponse<String> first = patch(upload, officer(officer), 0,
                HttpRequest.BodyPublishers.ofByteArray(file, 0, 100_000));
        assertEquals(204, first.statusCode(), first.body());
        assertEquals("100000", first.headers().firstValue("Upload-Offset").orElseThrow());
        assertEquals(100_000, offset(upload, officer(officer)));

        HttpResponse<String> wrong = patch(upload, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(file));
        assertEquals(409, wrong.statusCode());
        assertEquals("UPLOAD_OFFSET_MISMATCH", code(wrong));
        assertEquals("close", wrong.headers().firstValue("Connection").orElse(""),
                "a refused PATCH closes its connection instead of reading the rest of its body");
        HttpResponse<String> notOctets = send(HttpRequest.newBuilder(upload).header("Authorization", officer(officer))
                .header("Tus-Resumable", "1.0.0").header("Upload-Offset", "100000")
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, notOctets.statusCode());
        HttpResponse<String> past = patch(upload, officer(officer), 100_000,
                HttpRequest.BodyPublishers.ofByteArray(new byte[200_001]));
        assertEquals(413, past.statusCode());
        assertEquals(100_000, offset(upload, officer(officer)), "nothing of a refused PATCH is kept");
        HttpResponse<String> noVersion = send(HttpRequest.newBuilder(upload).header("Authorization", officer(officer))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(412, noVersion.statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(upload).header("Authorization", officer(8_100_002))
                .header("Tus-Resumable", "1.0.0").method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode(),
                "only the uploader resumes an upload");
        assertEquals(404, send(HttpRequest.newBuilder(upload).header("Authorization", officer(officer)).GET())
                .statusCode(), "an incomplete upload is not evidence yet");

        HttpResponse<String> rest = patch(upload, officer(officer), 100_000,
                HttpRequest.BodyPublishers.ofByteArray(file, 100_000, 200_000));
        assertEquals(204, rest.statusCode(), rest.body());
        assertEquals(300_000, offset(upload, officer(officer)));

        List<JsonObject> events = audit(id(upload));
        JsonObject uploaded = events.stream().filter(e -> e.getString("action").equals("EVIDENCE_UPLOADED"))
                .findFirst().orElseThrow();
        JsonObject summary = Json.createReader(new StringReader(uploaded.getString("summary"))).readObject();
        assertEquals(sha256(file), summary.getString("sha256"));
        assertEquals(300_000, summary.getJsonNumber("size").longValue());
        assertEquals("image/jpeg", summary.getString("mediaType"));
        assertEquals(String.valueOf(officer), uploaded.getString("actorSubject"));
        assertTrue(events.stream().anyMatch(e -> e.getString("action").equals("EVIDENCE_UPLOAD_STARTED")));

        HttpResponse<byte[]> whole = HTTP.send(HttpRequest.newBuilder(upload)
                .header("Authorization", Tokens.bearer("p-1", Roles.PLANNER)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertArrayEquals(file, whole.body());
        assertEquals("image/jpeg", whole.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(whole.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%E9%97%A8%E5%A4%B4%E7%85%A7%E7%89%87.jpg"));
    }

    /**
     * A connection cut in the middle of a PATCH (the phone lost its signal) keeps what arrived: HEAD gives that offset
     * and the upload resumes from it to the right hash.
     */
    @Test
    void shouldKeepWhatArrivedBeforeTheConnectionWasCut() throws Exception {
        long officer = 8_700_001;
        long inspection = Teams.inspection(officer);
        byte[] file = jpeg(600_000, 7);
        URI upload = location(create(inspection, officer(officer), file.length, "PHOTO", "c.jpg"));
        int sent = 300_000;
        try (java.net.Socket socket = new java.net.Socket(upload.getHost(), upload.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + upload.getPath() + " HTTP/1.1\r\nHost: " + upload.getHost() + "\r\nAuthorization: "
                    + officer(officer) + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type: " + OCTETS
                    + "\r\nContent-Length: " + file.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(file, 0, sent);
            out.flush();
        }
        long kept = -1;
        HttpResponse<String> rest = null;
        for (int attempt = 0; attempt < 100 && (rest == null || rest.statusCode() != 204); attempt++) {
            Thread.sleep(100);
            kept = offset(upload, officer(officer));
            rest = patch(upload, officer(officer), kept,
                    HttpRequest.BodyPublishers.ofByteArray(file, (int) kept, file.length - (int) kept));
        }
        assertEquals(204, rest.statusCode(), rest.body());
        assertTrue(kept > 0 && kept <= sent, "kept " + kept + " of the " + sent + " bytes sent before the cut");
        JsonObject summary = audit(id(upload)).stream().filter(e -> e.getString("action").equals("EVIDENCE_UPLOADED"))
                .map(e -> Json.createReader(new StringReader(e.getString("summary"))).readObject()).findFirst().orElseThrow();
        assertEquals(sha256(file), summary.getString("sha256"));
    }

    /** A resume that finds no kept digest (another instance, a restart) hashes the stored prefix again. */
    @Test
    void shouldRecomputeTheDigestFromTheStoredPrefixWhenItsStateIsGone() throws Exception {
        long officer = 8_600_001;
        long inspection = Teams.inspection(officer);
        byte[] file = jpeg(700_000, 6);
        URI upload = location(create(inspection, officer(officer), file.length, "PHOTO", "b.jpg"));
        assertEquals(204, patch(upload, officer(officer), 0,
                HttpRequest.BodyPublishers.ofByteArray(file, 0, 250_000)).statusCode());
        assertTrue(digests.take(Long.parseLong(id(upload)), 250_000).isPresent(), "the digest was kept at the offset");
        assertEquals(204, patch(upload, officer(officer), 250_000,
                HttpRequest.BodyPublishers.ofByteArray(file, 250_000, 450_000)).statusCode());

        JsonObject summary = audit(id(upload)).stream().filter(e -> e.getString("action").equals("EVIDENCE_UPLOADED"))
                .map(e -> Json.createReader(new StringReader(e.getString("summary"))).readObject()).findFirst().orElseThrow();
        assertEquals(sha256(file), summary.getString("sha256"));
    }

    @Test
    void shouldServeRangesToTheTeamAndRecordEveryRead() throws Exception {
        long officer = 8_200_001;
        long other = 8_200_002;
        long inspection = Teams.inspection(officer);
        byte[] file = jpeg(5_000, 2);
        URI upload = location(create(inspection, officer(officer), file.length, "PHOTO", "a.jpg"));
        assertEquals(204, patch(upload, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(file)).statusCode());

        HttpResponse<byte[]> part = HTTP.send(HttpRequest.newBuilder(upload).header("Authorization", officer(officer))
                .header("Range", "bytes=1000-1999").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 1000-1999/5000", part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(file, 1000, 2000), part.body());
        HttpResponse<byte[]> tail = HTTP.send(HttpRequest.newBuilder(upload)
                .header("Authorization", Tokens.bearer("j-1", Roles.JUDICIAL)).header("Range", "bytes=-10").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(Arrays.copyOfRange(file, 4990, 5000), tail.body());
        assertEquals(416, send(HttpRequest.newBuilder(upload).header("Authorization", officer(officer))
                .header("Range", "bytes=5000-").GET()).statusCode());
        assertEquals(403, send(HttpRequest.newBuilder(upload).header("Authorization", officer(other)).GET()).statusCode());

        List<String> reads = audit(id(upload)).stream().filter(e -> e.getString("action").equals("EVIDENCE_READ"))
                .map(e -> e.getString("actorSubject") + " " + Json.createReader(new StringReader(e.getString("summary")))
                        .readObject().getString("range")).sorted().toList();
        assertEquals(List.of(officer + " bytes 1000-1999/5000", "j-1 bytes 4990-4999/5000"), reads);
    }

    /**
     * A link to stream a file (for a video element, which cannot send the token): given only to a reader, opening only
     * that file without a token, with Range, in place or as a download; altered, it opens nothing; every read through
     * it is recorded under the reader it was given to.
     */
    @Test
    void shouldStreamThroughAShortLivedLinkRecordedUnderItsReader() throws Exception {
        long officer = 8_760_001;
        long other = 8_760_002;
        long inspection = Teams.inspection(officer);
        byte[] file = jpeg(5_000, 7);
        URI upload = location(create(inspection, officer(officer), file.length, "PHOTO", "门头.jpg"));
        assertEquals(204, patch(upload, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(file)).statusCode());
        URI linkOf = URI.create(upload + "/link");
        assertEquals(403, send(HttpRequest.newBuilder(linkOf).header("Authorization", officer(other))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(linkOf).POST(HttpRequest.BodyPublishers.noBody())).statusCode());

        // the server's business clock (shifted in CI's H2 pass) dates the link
        long before = TestClock.clock().millis();
        HttpResponse<String> given = send(HttpRequest.newBuilder(linkOf)
                .header("Authorization", Tokens.bearer("j-1", Roles.JUDICIAL)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, given.statusCode(), given.body());
        JsonObject link = Json.createReader(new StringReader(given.body())).readObject();
        String url = link.getString("url");
        long expires = link.getJsonNumber("expiresAtMs").longValue();
        assertTrue(expires >= before + 299_000 && expires <= TestClock.clock().millis() + 301_000, "five minutes: " + expires);

        HttpResponse<byte[]> part = HTTP.send(HttpRequest.newBuilder(uri(url)).header("Range", "bytes=0-99").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, 0, 100), part.body());
        assertTrue(part.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        HttpResponse<byte[]> whole = HTTP.send(HttpRequest.newBuilder(uri(url + "&download=true")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertArrayEquals(file, whole.body());
        assertTrue(whole.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));

        String signature = url.substring(url.indexOf("&sig=") + 5);
        String forged = url.replace(signature, (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));
        HttpResponse<String> altered = send(HttpRequest.newBuilder(uri(forged)).GET());
        assertEquals(403, altered.statusCode());
        assertEquals("EVIDENCE_LINK_INVALID", code(altered));
        URI elsewhere = uri(url.replace("/evidence/" + id(upload) + "/", "/evidence/" + (Long.parseLong(id(upload)) + 1) + "/"));
        assertEquals("EVIDENCE_LINK_INVALID", code(send(HttpRequest.newBuilder(elsewhere).GET())));
        assertEquals(403, send(HttpRequest.newBuilder(uri("/api/v1/evidence/" + id(upload) + "/content")).GET()).statusCode());

        List<String> reads = audit(id(upload)).stream().filter(e -> e.getString("action").equals("EVIDENCE_READ"))
                .map(e -> e.getString("actorSubject") + " " + Json.createReader(new StringReader(e.getString("summary")))
                        .readObject().getString("range")).sorted().toList();
        assertEquals(List.of("j-1 bytes 0-99/5000", "j-1 full"), reads);
    }

    @Test
    void shouldRefuseOutsidersBadMetadataAndOversizedFiles() throws Exception {
        long officer = 8_300_001;
        long inspection = Teams.inspection(officer);
        HttpResponse<String> outsider = create(inspection, officer(8_300_002), 10, "PHOTO", "a.jpg");
        assertEquals(403, outsider.statusCode());
        assertEquals(403, create(inspection, Tokens.bearer("p-1", Roles.PLANNER), 10, "PHOTO", "a.jpg").statusCode());
        assertEquals(404, create(9_999_999_999L, officer(officer), 10, "PHOTO", "a.jpg").statusCode());
        HttpResponse<String> tooLarge = create(inspection, officer(officer), 1_048_577, "PHOTO", "a.jpg");
        assertEquals(413, tooLarge.statusCode());
        assertEquals("EVIDENCE_TOO_LARGE", code(tooLarge));
        assertEquals("EVIDENCE_KIND_INVALID", code(create(inspection, officer(officer), 10, "EXE", "a.exe")));
        HttpResponse<String> noVersion = send(HttpRequest.newBuilder(uri("/api/v1/inspections/" + inspection + "/evidence"))
                .header("Authorization", officer(officer)).header("Upload-Length", "10")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(412, noVersion.statusCode());
        assertEquals("1.0.0", noVersion.headers().firstValue("Tus-Version").orElseThrow());
    }

    /**
     * What the planner's field record reads ({@link InspectionEvidence}): the completed files only, with their item;
     * once the inspection's record is final, no new upload is taken for it (409 RECORD_FINAL), nothing stored.
     */
    @Test
    void shouldTellThePlannerTheCompletedEvidenceAndRefuseNewUploadsForAFinalRecord() throws Exception {
        long officer = 8_300_101;
        long inspection = Teams.inspection(officer);
        byte[] file = jpeg(3_000, 5);
        URI done = location(create(inspection, officer(officer), file.length, "PHOTO", "门头.jpg"));
        assertEquals(204, patch(done, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(file)).statusCode());
        location(create(inspection, officer(officer), 10, "PHOTO", "a.jpg"));
        List<InspectionEvidence.Piece> completed = inspectionEvidence.completed(inspection);
        assertEquals(1, completed.size(), "the unfinished upload is not evidence yet");
        InspectionEvidence.Piece piece = completed.getFirst();
        assertEquals(List.of("PHOTO", "C01", "门头.jpg", "image/jpeg", (long) file.length, sha256(file)),
                List.of(piece.kind(), piece.item(), piece.filename(), piece.mediaType(), piece.size(), piece.sha256()));
        assertEquals(List.of(), inspectionEvidence.completed(inspection + 1_000_000));
        Teams.makeFinal(inspection);
        HttpResponse<String> refused = create(inspection, officer(officer), 10, "PHOTO", "b.jpg");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("RECORD_FINAL", code(refused));
        assertEquals(403, create(inspection, officer(8_300_102), 10, "PHOTO", "c.jpg").statusCode(),
                "an outsider learns nothing of the record");
    }

    private HttpResponse<String> createWith(long inspection, String bearer, String metadata) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/inspections/" + inspection + "/evidence"))
                .header("Authorization", bearer).header("Tus-Resumable", "1.0.0").header("Upload-Length", "3000")
                .header("Upload-Metadata", "filename " + b64("招牌.jpg") + ",kind " + b64("PHOTO") + metadata)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * A joint inspection covers several matters whose check lists may share an item code: evidence of an item names
     * its matter (400 without, 422 for a matter not covered), which the planner is told; the visit as a whole needs
     * none, nor does an inspection of one matter.
     */
    @Test
    void shouldKeepTheMatterOfAnItemsEvidenceOfAJointInspection() throws Exception {
        long officer = 8_300_201;
        long inspection = Teams.inspection(officer);
        Teams.covering(inspection, 41L, 42L);
        HttpResponse<String> unnamed = createWith(inspection, officer(officer), ",item " + b64("A1"));
        assertEquals(400, unnamed.statusCode(), unnamed.body());
        assertEquals("MATTER_ID_REQUIRED", code(unnamed));
        HttpResponse<String> stranger = createWith(inspection, officer(officer), ",item " + b64("A1") + ",matter "
                + b64("43"));
        assertEquals(422, stranger.statusCode(), stranger.body());
        assertEquals("MATTER_NOT_COVERED", code(stranger));
        assertEquals(400, createWith(inspection, officer(officer), ",item " + b64("A1") + ",matter " + b64("x"))
                .statusCode());
        byte[] file = jpeg(3_000, 7);
        URI upload = location(createWith(inspection, officer(officer), ",item " + b64("A1") + ",matter " + b64("42")));
        assertEquals(204, patch(upload, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(file)).statusCode());
        location(createWith(inspection, officer(officer), ""));
        InspectionEvidence.Piece piece = inspectionEvidence.completed(inspection).getFirst();
        assertEquals(List.of("A1", 42L), List.of(piece.item(), piece.matterId()));

        long single = Teams.inspection(officer);
        location(createWith(single, officer(officer), ",item " + b64("A1")));
    }

    /**
     * The type comes from the bytes: a program named 门头.jpg is refused once the 64 KiB Tika judges by have arrived
     * (not after the whole file), the file is deleted, the upload is gone, and the refusal is in the audit chain.
     */
    @Test
    void shouldRefuseBytesOfATypeTheKindDoesNotAcceptAndKeepNothing() throws Exception {
        long officer = 8_600_001;
        long inspection = Teams.inspection(officer);
        byte[] program = jpeg(200_000, 4);
        program[0] = 'M';
        program[1] = 'Z';
        program[2] = (byte) 0x90;
        URI upload = location(create(inspection, officer(officer), program.length, "PHOTO", "门头.jpg"));
        Path stored = Path.of("target/test-evidence", inspection + "/" + id(upload) + ".bin");

        HttpResponse<String> head = patch(upload, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(program, 0, 10_000));
        assertEquals(204, head.statusCode(), "below the 64 KiB Tika needs, nothing is judged yet: " + head.body());
        HttpResponse<String> refused = patch(upload, officer(officer), 10_000,
                HttpRequest.BodyPublishers.ofByteArray(program, 10_000, 90_000));
        assertEquals(415, refused.statusCode(), refused.body());
        assertEquals("EVIDENCE_TYPE_NOT_ALLOWED", code(refused));
        assertTrue(refused.body().contains("application/x-msdownload"), refused.body());
        assertFalse(Files.exists(stored), "the refused bytes are deleted");
        HttpResponse<String> gone = send(HttpRequest.newBuilder(upload).header("Authorization", officer(officer))
                .header("Tus-Resumable", "1.0.0").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, gone.statusCode());
        assertEquals(404, patch(upload, officer(officer), 100_000,
                HttpRequest.BodyPublishers.ofByteArray(program, 100_000, 100_000)).statusCode());
        assertTrue(audit(id(upload)).stream().anyMatch(e -> e.getString("action").equals("EVIDENCE_UPLOAD_REFUSED")));

        // a file smaller than the head is judged whole on its last byte: a PDF is a document, not a photo
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        URI asPhoto = location(create(inspection, officer(officer), pdf.length, "PHOTO", "a.jpg"));
        HttpResponse<String> notAPhoto = patch(asPhoto, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(pdf));
        assertEquals(415, notAPhoto.statusCode(), notAPhoto.body());
        assertEquals(404, send(HttpRequest.newBuilder(asPhoto).header("Authorization", Tokens.bearer("j-1", Roles.JUDICIAL))
                .GET()).statusCode(), "a refused upload is never served");
        URI asDocument = location(create(inspection, officer(officer), pdf.length, "DOCUMENT", "询问笔录.pdf"));
        assertEquals(204, patch(asDocument, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(pdf)).statusCode());
        HttpResponse<String> served = send(HttpRequest.newBuilder(asDocument)
                .header("Authorization", Tokens.bearer("j-1", Roles.JUDICIAL)).GET());
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void shouldRefuseToServeAFileAlteredInStorage() throws Exception {
        long officer = 8_400_001;
        long inspection = Teams.inspection(officer);
        byte[] file = jpeg(2_000, 3);
        URI upload = location(create(inspection, officer(officer), file.length, "PHOTO", "a.jpg"));
        assertEquals(204, patch(upload, officer(officer), 0, HttpRequest.BodyPublishers.ofByteArray(file)).statusCode());
        Path stored = Path.of("target/test-evidence", inspection + "/" + id(upload) + ".bin");
        byte[] altered = file.clone();
        altered[1500] ^= 1;
        Files.write(stored, altered);

        HttpResponse<String> read = send(HttpRequest.newBuilder(upload)
                .header("Authorization", Tokens.bearer("j-1", Roles.JUDICIAL)).GET());
        assertEquals(409, read.statusCode());
        assertEquals("EVIDENCE_ALTERED", code(read));
        assertTrue(audit(id(upload)).stream().anyMatch(e -> e.getString("action").equals("EVIDENCE_ALTERED")));
    }

    /**
     * 64 MiB streamed from a generator in two PATCHes, the second resuming from the kept digest: the server copies
     * through one 64 KiB buffer (EvidenceStorage), so neither side ever holds the file.
     */
    @Test
    void shouldStreamALargeUploadAndHashItAcrossPatches() throws Exception {
        long officer = 8_500_001;
        long inspection = Teams.inspection(officer);
        long size = 64L << 20;
        URI upload = location(create(inspection, officer(officer), size, "VIDEO", "巡查.mp4"));
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        long half = size / 2;
        for (long from : new long[]{0, half}) {
            InputStream generated = new GeneratedBytes(from, half, expected);
            HttpResponse<String> sent = patch(upload, officer(officer), from, HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> generated), half));
            assertEquals(204, sent.statusCode(), sent.body());
        }
        JsonObject summary = audit(id(upload)).stream().filter(e -> e.getString("action").equals("EVIDENCE_UPLOADED"))
                .map(e -> Json.createReader(new StringReader(e.getString("summary"))).readObject()).findFirst().orElseThrow();
        assertEquals(HexFormat.of().formatHex(expected.digest()), summary.getString("sha256"));
        assertEquals(size, summary.getJsonNumber("size").longValue());
        assertEquals(size, Files.size(Path.of("target/test-evidence", inspection + "/" + id(upload) + ".bin")));
    }
}
