package cn.zhifa.planner.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveNamesTest {

    @Test
    void shouldKeepChineseNamesAndTheirExtension() {
        assertEquals("evidence/42-门头照片.jpg", ArchiveNames.evidence(42, "门头照片.jpg"));
    }

    @Test
    void shouldNeverLeaveTheEvidenceFolderOrHideAFile() {
        String path = ArchiveNames.evidence(7, "../../etc/passwd");
        assertEquals("evidence/7-_._.._etc_passwd", path);
        assertEquals("evidence/8-_bashrc", ArchiveNames.evidence(8, ".bashrc"));
        assertEquals("evidence/9-a_b_c_d", ArchiveNames.evidence(9, "a\\b:c\u0000d"));
        assertFalse(ArchiveNames.evidence(10, "x/y").substring("evidence/".length()).contains("/"));
    }

    @Test
    void shouldMakeTwoFilesOfTheSameNameDistinctByTheirId() {
        assertFalse(ArchiveNames.evidence(1, "video.mp4").equals(ArchiveNames.evidence(2, "video.mp4")));
    }

    @Test
    void shouldShortenALongNameKeepingItsExtension() {
        String safe = ArchiveNames.safe("检".repeat(200) + ".mp4");
        assertEquals(ArchiveNames.MAX_NAME, safe.codePointCount(0, safe.length()));
        assertTrue(safe.endsWith(".mp4"));
    }

    @Test
    void shouldNameAFileWithoutAName() {
        assertEquals("evidence/3-file", ArchiveNames.evidence(3, ""));
    }
}
