package cn.zhifa.evidence.testing;

import java.io.InputStream;
import java.security.MessageDigest;

/**
 * A large video made on the fly, never held: an MP4 {@code ftyp} box at the start (so it is sniffed as a video),
 * then byte {@code position * 31} for each position, from {@code from} on, hashed into {@code digest} as it is
 * handed out (so the sender knows the SHA-256 of what it sent).
 */
public final class GeneratedBytes extends InputStream {
    private static final byte[] FTYP = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0,
            'm', 'p', '4', '2', 'i', 's', 'o', 'm'};
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
            long at = position + i;
            buffer[offset + i] = at < FTYP.length ? FTYP[(int) at] : (byte) (at * 31);
        }
        digest.update(buffer, offset, n);
        position += n;
        return n;
    }
}
