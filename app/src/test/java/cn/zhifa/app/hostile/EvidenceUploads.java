package cn.zhifa.app.hostile;

import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.Tokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        return upload(http, inspectionId, officer, "door.jpg", "PHOTO", null, photo, photo.length);
    }

    /**
     * A file uploaded by the officer with tus: creation, then PATCHes of at most {@code chunk} bytes, each resuming at
     * the offset HEAD reports; {@code item} the check item's code (null: the visit as a whole); its evidence id.
     */
    public static long upload(ApiClient http, long inspectionId, long officer, String filename, String kind,
                              String item, byte[] bytes, int chunk) {
        String metadata = "filename " + b64(filename) + ",kind " + b64(kind) + (item == null ? "" : ",item " + b64(item));
        Reply created = http.send("POST", "/api/v1/inspections/" + inspectionId + "/evidence", Tokens.officer(officer),
                null, null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length", String.valueOf(bytes.length),
                        "Upload-Metadata", metadata));
        assertEquals(201, created.status(), created.toString());
        String path = URI.create(created.header("Location")).getPath();
        long offset = 0;
        do {
            Reply head = http.send("HEAD", path, Tokens.officer(officer), null, null, Map.of("Tus-Resumable", "1.0.0"));
            assertEquals(200, head.status(), head.toString());
            offset = Long.parseLong(head.header("Upload-Offset"));
            byte[] part = Arrays.copyOfRange(bytes, (int) offset, (int) Math.min(bytes.length, offset + chunk));
            Reply patched = http.send("PATCH", path, Tokens.officer(officer), "application/offset+octet-stream", part,
                    Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", String.valueOf(offset)));
            assertEquals(204, patched.status(), patched.toString());
            offset = Long.parseLong(patched.header("Upload-Offset"));
        } while (offset < bytes.length);
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
