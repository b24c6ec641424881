package cn.zhifa.app.hostile;

import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.Tokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Evidence (音像记录) of an inspection uploaded through the API, for the tests that need a piece of it. */
public final class EvidenceUploads {
    private EvidenceUploads() {
    }

    /** A small JPEG uploaded by the officer with tus (creation, then one PATCH); its evidence id. */
    public static long photo(ApiClient http, long inspectionId, long officer) {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
        String kind = Base64.getEncoder().encodeToString("PHOTO".getBytes(StandardCharsets.UTF_8));
        Reply created = http.send("POST", "/api/v1/inspections/" + inspectionId + "/evidence", Tokens.officer(officer),
                null, null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length", String.valueOf(photo.length),
                        "Upload-Metadata", "filename ZG9vci5qcGc=,kind " + kind));
        assertEquals(201, created.status(), created.toString());
        String path = URI.create(created.header("Location")).getPath();
        Reply patched = http.send("PATCH", path, Tokens.officer(officer), "application/offset+octet-stream", photo,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0"));
        assertEquals(204, patched.status(), patched.toString());
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
