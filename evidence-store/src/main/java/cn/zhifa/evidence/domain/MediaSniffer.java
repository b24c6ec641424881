package cn.zhifa.evidence.domain;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The media type of stored evidence from its first bytes, never from the file's name: Apache Tika's magic
 * signatures (tika-core's {@link MimeTypes}, the detection alone: no parser runs over evidence). Anything Tika does
 * not recognise is {@code application/octet-stream}.
 */
public final class MediaSniffer {
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    /** How many leading bytes Tika's signatures look at (64 KiB): the head an upload must reach to be judged. */
    public static final int HEAD_BYTES = TYPES.getMinLength();

    private MediaSniffer() {
    }

    /** The base type (no parameters), e.g. {@code image/jpeg}. */
    public static String sniff(byte[] head) {
        try (InputStream in = new ByteArrayInputStream(head)) {
            return TYPES.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
