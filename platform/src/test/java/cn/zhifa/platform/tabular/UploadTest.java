package cn.zhifa.platform.tabular;

import cn.zhifa.platform.error.ProblemException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadTest {

    @Test
    void shouldSpoolTheBodyWithItsHash() throws Exception {
        byte[] body = "abc".getBytes();
        Path file;
        try (Upload upload = Upload.spool(new ByteArrayInputStream(body), 3)) {
            file = upload.file();
            assertArrayEquals(body, Files.readAllBytes(file));
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", upload.sha256());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void shouldStopReadingAtTheCapWith413AndLeaveNoFile() throws Exception {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                read[0] += length;
                return length;
            }
        };
        long before = tempFiles();

        ProblemException refused = assertThrows(ProblemException.class, () -> Upload.spool(endless, 1 << 20));

        assertEquals(413, refused.status());
        assertEquals("PAYLOAD_TOO_LARGE", refused.code());
        assertTrue(read[0] <= (1 << 20) + 64 * 1024, "read on after the cap: " + read[0]);
        assertEquals(before, tempFiles());
    }

    private static long tempFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("zhifa-import-")).count();
        }
    }
}
