package cn.zhifa.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The media type of stored evidence from its first bytes (its signature), never from the file's name: the
 * formats a phone records (JPEG, PNG, HEIC, MP4/MOV, WebM, MP3, WAV, AMR, PDF); anything else is
 * {@code application/octet-stream}. A stopgap until Apache Tika (issue 17) replaces it.
 */
public final class MediaSniffer {
    /** How many leading bytes {@link #sniff} needs. */
    public static final int HEAD_BYTES = 16;

    private MediaSniffer() {
    }

    public static String sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (ascii(head, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return "video/webm";
        }
        if (ascii(head, 0, "ID3") || startsWith(head, 0, 0xFF, 0xFB)) {
            return "audio/mpeg";
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return "audio/wav";
        }
        if (ascii(head, 0, "#!AMR")) {
            return "audio/amr";
        }
        if (ascii(head, 4, "ftyp")) {
            String brand = new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.US_ASCII);
            return switch (brand) {
                case "heic", "heix", "mif1" -> "image/heic";
                case "qt  " -> "video/quicktime";
                case "M4A " -> "audio/mp4";
                default -> "video/mp4";
            };
        }
        return "application/octet-stream";
    }

    private static boolean startsWith(byte[] head, int at, int... signature) {
        if (head.length < at + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[at + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int at, String text) {
        return startsWith(head, at, text.chars().toArray());
    }
}
