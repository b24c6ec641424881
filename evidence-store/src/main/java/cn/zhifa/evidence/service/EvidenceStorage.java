package cn.zhifa.evidence.service;

import cn.zhifa.evidence.domain.MediaSniffer;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.LongConsumer;

/**
 * The evidence files under {@link EvidenceSettings#directory()}: {@code <inspectionId>/<evidenceId>.bin}, written
 * in place while the upload streams (never held in memory: every copy goes through one buffer of 64 KiB, a PATCH's
 * body through one of 256 KiB).
 */
@ApplicationScoped
public class EvidenceStorage {
    static final int BUFFER_BYTES = 64 * 1024;
    /** The block a PATCH's body is taken in before it is written and hashed. */
    static final int APPEND_BUFFER_BYTES = 256 * 1024;
    private final Path root;

    @Inject
    public EvidenceStorage(EvidenceSettings settings) {
        this.root = settings.directory();
    }

    public static String pathOf(long inspectionId, long evidenceId) {
        return inspectionId + "/" + evidenceId + ".bin";
    }

    public Path resolve(String storagePath) {
        return root.resolve(storagePath);
    }

    /** Creates the empty file of a new upload. */
    public void create(String storagePath) {
        Path file = resolve(storagePath);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 state after the first {@code length} bytes of the file, read again from storage. */
    public MessageDigest digestOfPrefix(Path file, long length) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(file + " is shorter than its recorded " + length + " bytes");
                }
                digest.update(buffer, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest;
    }

    /** The SHA-256 (hex) of the whole stored file, or null when the file is gone. */
    public String sha256Of(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(digestOfPrefix(file, Files.size(file)).digest());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file that is kept no longer (a refused or abandoned upload); gone already is fine. */
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type sniffed from the file's first bytes. */
    public String sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return MediaSniffer.sniff(in.readNBytes(MediaSniffer.HEAD_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one PATCH stored: the bytes, and whether the client's body ended before its end (a cut connection). */
    public record Appended(long bytes, boolean cut) {
    }

    /**
     * Appends the body at the channel's position, updating {@code digest}, up to {@code remaining} bytes. A body
     * longer than that is refused (413) with the file truncated back to where it started; a body that breaks off
     * (the phone lost its signal) keeps what arrived, so the upload resumes from there. The body is taken in blocks of
     * {@link #APPEND_BUFFER_BYTES} (the socket hands out a few KiB per read): one file write and one digest update per
     * block; {@code staged} is told the file's new end after each write (the object store starts its parts from it).
     * The file is forced once, at the end.
     */
    public Appended append(FileChannel channel, InputStream body, MessageDigest digest, long remaining,
                           LongConsumer staged) throws IOException {
        long start = channel.position();
        byte[] buffer = new byte[APPEND_BUFFER_BYTES];
        long stored = 0;
        boolean cut = false;
        boolean ended = false;
        while (!ended && !cut) {
            int filled = 0;
            while (filled < buffer.length) {
                int n;
                try {
                    // one byte more than allowed tells a body that is too long
                    n = body.read(buffer, filled, (int) Math.min(buffer.length - filled, remaining - stored - filled + 1));
                } catch (IOException | RuntimeException e) {
                    // the body broke off: Helidon reports a connection closed before Content-Length as an unchecked
                    // DataReader.InsufficientDataAvailableException, other servers as an IOException
                    cut = true;
                    break;
                }
                if (n < 0) {
                    ended = true;
                    break;
                }
                filled += n;
                if (stored + filled > remaining) {
                    channel.truncate(start);
                    throw ProblemException.of(413, "UPLOAD_EXCEEDS_LENGTH", start + remaining);
                }
            }
            if (filled > 0) {
                ByteBuffer block = ByteBuffer.wrap(buffer, 0, filled);
                while (block.hasRemaining()) {
                    channel.write(block);
                }
                digest.update(buffer, 0, filled);
                stored += filled;
                staged.accept(start + stored);
            }
        }
        channel.force(false);
        return new Appended(stored, cut);
    }

    /** Opens the file of an upload for a PATCH (which then truncates it to the recorded offset). */
    public FileChannel openForAppend(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.WRITE);
    }
}
