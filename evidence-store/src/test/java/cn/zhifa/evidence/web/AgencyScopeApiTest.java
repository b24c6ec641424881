package cn.zhifa.evidence.web;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.evidence.testing.Teams;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 19 in evidence-store: planners and the judicial bureau read an inspection's evidence only when they act for
 * one of the agencies of the inspection's plan (as inspection-planner tells through InspectionTeams); the team reads
 * it as before; a refused read is 403 AGENCY_OUT_OF_SCOPE and records nothing. A judicial token acting for 万州区
 * (500101002) stands for another district's bureau.
 */
@HelidonTest
@DatabaseTest
class AgencyScopeApiTest {
    static final String MARKET = "500115002";
    static final String MARKET_OFFICE = "500115011";
    static final String MUNICIPAL_MARKET = "500000002";
    static final String URBAN = "500115003";
    static final String WANZHOU = "500101002";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    WebTarget target;

    private URI uri(String path) {
        return target.getUri().resolve(path);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A tiny PDF: a document kind's accepted type. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A completed small PDF document of the inspection, uploaded by the officer; its address. */
    private URI evidence(long inspection, long officer) throws Exception {
        String bearer = Tokens.officer(officer);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/inspections/" + inspection
                        + "/evidence")).header("Authorization", bearer).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "" + PDF.length).header("Upload-Metadata", "filename " + b64("a.pdf") + ",kind "
                        + b64("DOCUMENT")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        URI upload = uri(created.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> patched = HTTP.send(HttpRequest.newBuilder(upload).header("Authorization", bearer)
                .header("Tus-Resumable", "1.0.0").header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(PDF)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, patched.statusCode(), patched.body());
        return upload;
    }

    private static HttpResponse<String> read(URI evidence, String bearer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(evidence).header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertOutOfScope(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("urn:zhifa:problem:AGENCY_OUT_OF_SCOPE",
                Json.createReader(new StringReader(response.body())).readObject().getString("type"));
    }

    private long reads(URI evidence) throws Exception {
        String path = evidence.getPath();
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/audit?entityType=evidence&entityId="
                + path.substring(path.lastIndexOf('/') + 1) + "&size=100"))
                .header("Authorization", Tokens.bearer("j-1", Roles.JUDICIAL)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        return Json.createReader(new StringReader(page.body())).readObject().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("EVIDENCE_READ"))
                .count();
    }

    @Test
    void shouldServeEvidenceToPlannersAndTheJudicialBureauOfThePlansAgenciesOnly() throws Exception {
        long officer = 8_300_001;
        URI evidence = evidence(Teams.inspectionOf(List.of(MARKET), officer), officer);

        assertEquals(200, read(evidence, Tokens.officer(officer)).statusCode(), "the team as before");
        assertEquals(200, read(evidence, Tokens.as(Roles.PLANNER, MARKET)).statusCode());
        assertEquals(200, read(evidence, Tokens.as(Roles.PLANNER, MUNICIPAL_MARKET)).statusCode(), "the agency above");
        assertEquals(200, read(evidence, Tokens.as(Roles.JUDICIAL, "500115001")).statusCode(), "the district's bureau");
        assertEquals(4, reads(evidence));

        assertOutOfScope(read(evidence, Tokens.as(Roles.PLANNER, MARKET_OFFICE)));
        assertOutOfScope(read(evidence, Tokens.as(Roles.PLANNER, URBAN)));
        assertOutOfScope(read(evidence, Tokens.as(Roles.PLANNER, WANZHOU)));
        assertOutOfScope(read(evidence, Tokens.as(Roles.JUDICIAL, WANZHOU)));
        assertEquals(4, reads(evidence), "a refused read records nothing");
    }

    @Test
    void shouldServeAJointInspectionsEvidenceToEachParticipatingAgency() throws Exception {
        long officer = 8_300_002;
        URI evidence = evidence(Teams.inspectionOf(List.of(MARKET, URBAN), officer), officer);

        assertEquals(200, read(evidence, Tokens.as(Roles.PLANNER, MARKET)).statusCode());
        assertEquals(200, read(evidence, Tokens.as(Roles.PLANNER, URBAN)).statusCode());
        assertOutOfScope(read(evidence, Tokens.as(Roles.PLANNER, WANZHOU)));
    }
}
