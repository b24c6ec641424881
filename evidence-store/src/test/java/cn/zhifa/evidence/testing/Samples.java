package cn.zhifa.evidence.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** Small things the evidence tests send: a photo's bytes and tus metadata values. */
public final class Samples {
    private Samples() {
    }

    /** {@code size} random bytes (from {@code seed}) behind a JPEG's magic number, so Tika sniffs image/jpeg. */
    public static byte[] jpeg(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    /** A tus {@code Upload-Metadata} value: the text's UTF-8 bytes in Base64. */
    public static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
