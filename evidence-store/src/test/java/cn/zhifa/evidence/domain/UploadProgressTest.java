package cn.zhifa.evidence.domain;

import cn.zhifa.platform.error.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tus offset rules, the metadata, the byte ranges and the media sniffing, without server or database. */
class UploadProgressTest {

    private static ProblemException refused(Runnable action) {
        return assertThrows(ProblemException.class, action::run);
    }

    /** The code of a field's violation, or the problem's own code. */
    private static String code(ProblemException problem) {
        return problem.violations().isEmpty() ? problem.code() : problem.violations().getFirst().code();
    }

    @Test
    void shouldAcceptAPatchOnlyAtTheStoredOffsetAndWithinTheLength() {
        UploadProgress progress = new UploadProgress(100, 40);
        progress.checkAppend(40L, 60);
        progress.checkAppend(40L, -1);
        ProblemException behind = refused(() -> progress.checkAppend(0L, 10));
        assertEquals(409, behind.status());
        assertEquals("UPLOAD_OFFSET_MISMATCH", behind.code());
        assertEquals(409, refused(() -> progress.checkAppend(41L, 10)).status());
        ProblemException over = refused(() -> progress.checkAppend(40L, 61));
        assertEquals(413, over.status());
        assertEquals("UPLOAD_EXCEEDS_LENGTH", over.code());
        assertEquals(400, refused(() -> progress.checkAppend(null, 10)).status());
    }

    @Test
    void shouldCompleteAtTheLengthAndTakeNothingMore() {
        UploadProgress progress = new UploadProgress(100, 40).advancedBy(60);
        assertTrue(progress.complete());
        assertEquals(0, progress.remaining());
        assertEquals("UPLOAD_COMPLETE", code(refused(() -> progress.checkAppend(100L, 1))));
        progress.checkAppend(100L, 0);
        assertEquals(413, refused(() -> new UploadProgress(100, 40).advancedBy(61)).status());
        assertFalse(new UploadProgress(100, 99).complete());
        assertThrows(IllegalArgumentException.class, () -> new UploadProgress(10, 11));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadTheMetadataPairs() {
        UploadMetadata metadata = UploadMetadata.parse("filename " + b64("门头照片.jpg") + ",kind " + b64("PHOTO")
                + ",item " + b64("C-01"));
        assertEquals(new UploadMetadata("门头照片.jpg", EvidenceKind.PHOTO, "C-01", null), metadata);
        assertEquals(new UploadMetadata("a.mp4", EvidenceKind.VIDEO, null, null),
                UploadMetadata.parse("kind " + b64("VIDEO") + ", filename " + b64("a.mp4")));
        assertEquals("FIELD_REQUIRED", code(refused(() -> UploadMetadata.parse("kind " + b64("PHOTO")))));
        assertEquals("EVIDENCE_KIND_INVALID",
                code(refused(() -> UploadMetadata.parse("filename " + b64("a") + ",kind " + b64("EXE")))));
        assertEquals("UPLOAD_METADATA_INVALID",
                code(refused(() -> UploadMetadata.parse("filename not*base64,kind " + b64("PHOTO")))));
        assertEquals("UPLOAD_METADATA_INVALID", code(refused(() -> UploadMetadata.parse(
                "filename " + b64("a") + ",filename " + b64("b") + ",kind " + b64("PHOTO")))));
        assertEquals("EVIDENCE_FILENAME_INVALID", code(refused(() -> UploadMetadata.parse(
                "filename " + b64("../etc/passwd") + ",kind " + b64("PHOTO")))));
        assertEquals("EVIDENCE_ITEM_INVALID", code(refused(() -> UploadMetadata.parse(
                "filename " + b64("a") + ",kind " + b64("PHOTO") + ",item " + b64("<script>")))));
    }

    @Test
    void shouldResolveByteRanges() {
        assertEquals(Optional.empty(), ByteRange.parse(null, 100));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-6", 100));
        assertEquals(Optional.empty(), ByteRange.parse("items=0-1", 100));
        assertEquals(new ByteRange(10, 19, 100), ByteRange.parse("bytes=10-19", 100).orElseThrow());
        assertEquals(new ByteRange(10, 99, 100), ByteRange.parse("bytes=10-", 100).orElseThrow());
        assertEquals(new ByteRange(10, 99, 100), ByteRange.parse("bytes=10-500", 100).orElseThrow());
        assertEquals(new ByteRange(90, 99, 100), ByteRange.parse("bytes=-10", 100).orElseThrow());
        assertEquals(new ByteRange(0, 99, 100), ByteRange.parse("bytes=-1000", 100).orElseThrow());
        assertEquals("bytes 10-19/100", new ByteRange(10, 19, 100).contentRange());
        assertEquals(10, new ByteRange(10, 19, 100).length());
        assertEquals(416, refused(() -> ByteRange.parse("bytes=100-", 100)).status());
        assertEquals(416, refused(() -> ByteRange.parse("bytes=-0", 100)).status());
    }

    @Test
    void shouldSniffTheMediaTypeFromTheBytesNotTheName() {
        assertEquals("image/jpeg", MediaSniffer.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals("application/pdf", MediaSniffer.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("video/mp4", MediaSniffer.sniff(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2',
                0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's', 'o', 'm'}));
        assertEquals("video/quicktime", MediaSniffer.sniff(new byte[]{0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ',
                0, 0, 0, 0, 'q', 't', ' ', ' '}));
        assertEquals("image/heic", MediaSniffer.sniff(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c',
                0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'}));
        assertEquals("audio/vnd.wave", MediaSniffer.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("audio/amr", MediaSniffer.sniff("#!AMR\n".getBytes(StandardCharsets.US_ASCII)));
        // a Windows program named 门头.jpg is still a program
        assertEquals("application/x-msdownload", MediaSniffer.sniff("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("application/octet-stream", MediaSniffer.sniff(new byte[0]));
    }
}
