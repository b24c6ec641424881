package cn.zhifa.app.hostile;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.planner.domain.CreditCode;
import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ImportFiles;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files that took the embedded server down (issue 23, item 2), sent to every import: a body past the byte
 * cap (a large roster, a large workbook), a single CSV field of megabytes, shared strings that expand a
 * thousandfold (the zip bomb), more shared strings than the limit, a part that expands past its limit at an
 * ordinary ratio, and a broken workbook. Each is refused with 413 or 400 problem+json naming why, nothing of
 * any of them is stored, and afterwards the server still answers: readiness is UP and a write succeeds.
 * The limits are lowered here so the files stay small; their defaults are in docs/configuration.md.
 */
@HelidonTest
@DatabaseTest
@AddConfig(key = "zhifa.import.max-bytes", value = "4194304")
@AddConfig(key = "zhifa.import.xlsx.max-part-bytes", value = "8388608")
@AddConfig(key = "zhifa.import.xlsx.max-shared-strings", value = "100000")
class HostileImportTest {
    private static final String CSV = "text/csv";
    private static final String ROSTER = "/api/v1/officers/import";
    private static final String ATTENDANCE = "/api/v1/attendance/import";
    private static final String TARGETS = "/api/v1/targets/import";
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    @Inject
    WebTarget target;

    /** One hostile upload and what the refusal must say. */
    private record Hostile(String name, String path, String role, String contentType, byte[] body, int status,
                           String code) {
    }

    @Test
    void shouldRefuseEveryHostileFileStoreNothingAndStillAnswerWrites() {
        ApiClient http = new ApiClient(target.getUri());
        List<Hostile> files = hostileFiles();
        Map<String, String> before = DatabaseChecksum.take();

        List<String> wrong = new ArrayList<>();
        for (Hostile file : files) {
            Reply reply = http.send("POST", file.path(), Tokens.as(file.role()), file.contentType(), file.body(),
                    Map.of());
            String what = file.path() + " [" + file.name() + "]";
            if (reply.status() != file.status() || !reply.isProblem()) {
                wrong.add(what + " -> " + reply);
            } else if (!reply.body().contains(file.code())) {
                wrong.add(what + " -> not " + file.code() + ": " + reply);
            }
        }

        assertEquals(List.of(), wrong);
        assertEquals(List.of(), DatabaseChecksum.differences(before, DatabaseChecksum.take()), "nothing stored");
        Reply ready = http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.toString());
        String first17 = "91500115HX0000001";
        Reply write = http.send("POST", TARGETS, Tokens.as("planner"), CSV,
                ("creditCode,name,industry,area,riskLevel,creditLevel,address\n" + first17
                        + CreditCode.checkCharacter(first17) + ",攻击之后的商户,食品销售,500115,LOW,A,凤城街道\n")
                        .getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(200, write.status(), write.toString());
        JsonObject imported = write.json();
        assertEquals(1, imported.getInt("inserted"));
    }

    private static List<Hostile> hostileFiles() {
        byte[] overCap = new byte[MAX_BYTES + 64 * 1024];
        Arrays.fill(overCap, (byte) 'x');
        String hugeField = "\"" + "长".repeat(1024 * 1024) + "\",1\n";
        byte[] workbook = ImportFiles.xlsx(List.of(List.of("name")));
        byte[] bomb = ImportFiles.withSharedStrings(workbook, "",
                Stream.generate(() -> "a".repeat(100)).limit(200_000).iterator());
        byte[] manyStrings = ImportFiles.withSharedStrings(workbook, "",
                IntStream.range(0, 100_001).mapToObj(i -> "s" + i).iterator());
        // 90,000 strings of 100 characters, half of them random: 10 MB expanded at a ratio of about 1:4.
        Random random = new Random(23);
        byte[] largePart = ImportFiles.withSharedStrings(workbook, "", Stream.generate(() -> Long.toHexString(
                random.nextLong() | Long.MIN_VALUE).repeat(3).substring(0, 48) + "a".repeat(52)).limit(90_000).iterator());
        byte[] broken = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        List<Hostile> files = new ArrayList<>();
        String[][] endpoints = {
                {ROSTER, "hr", "name,idNumber,agencyCode,position,employmentType,postStatus,categories,areas\n"},
                {ATTENDANCE, "trainer", "courseId,officerId,hours\n"},
                {TARGETS, "planner", "creditCode,name,industry,area,riskLevel,creditLevel,address\n"}};
        for (String[] endpoint : endpoints) {
            String path = endpoint[0];
            String role = endpoint[1];
            byte[] headerAndHugeField = (endpoint[2] + hugeField).getBytes(StandardCharsets.UTF_8);
            files.add(new Hostile("CSV body past the byte cap", path, role, CSV, overCap, 413, "PAYLOAD_TOO_LARGE"));
            files.add(new Hostile("xlsx past the byte cap", path, role, ImportFiles.XLSX, overCap, 413,
                    "PAYLOAD_TOO_LARGE"));
            files.add(new Hostile("a CSV field of 3 MB", path, role, CSV, headerAndHugeField, 400,
                    "IMPORT_FIELD_TOO_LONG"));
            files.add(new Hostile("shared strings expanding 1000:1", path, role, ImportFiles.XLSX, bomb, 400,
                    "IMPORT_XLSX_TOO_LARGE"));
            files.add(new Hostile("more shared strings than the limit", path, role, ImportFiles.XLSX, manyStrings, 400,
                    "IMPORT_SHARED_STRINGS_TOO_LARGE"));
            files.add(new Hostile("shared strings expanding past the part limit", path, role, ImportFiles.XLSX,
                    largePart, 400, "IMPORT_XLSX_TOO_LARGE"));
            files.add(new Hostile("broken workbook", path, role, ImportFiles.XLSX, broken, 400,
                    "IMPORT_FILE_UNREADABLE"));
        }
        assertTrue(largePart.length < MAX_BYTES, "the part-limit file must pass the byte cap: " + largePart.length);
        return files;
    }
}
