package cn.zhifa.evidence.testing;

import java.io.InputStream;
import java.security.MessageDigest;

/**
 * A large body made on the fly, never held: byte {@code position * 31} for each position from {@code from} on,
 * hashed into {@code digest} as it is handed out (so the sender knows the SHA-256 of what it sent).
 */
public final class GeneratedBytes extends InputStream {
    private long position;
    private final long end;
    private final MessageDigest digest;

    public GeneratedBytes(long from, long length, MessageDigest digest) {
        this.position = from;
        this.end = from + length;
        this.digest = digest;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= end) {
            return -1;
        }
        int n = (int) Math.min(length, end - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) ((position + i) * 31);
        }
        digest.update(buffer, offset, n);
        position += n;
        return n;
    }
}
