package cn.zhifa.platform.tabular;

import cn.zhifa.platform.error.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file while its SHA-256 is computed, refused with 413 as soon as it passes
 * the byte cap: the body is never held in memory, the file can be read twice (encoding detection, then
 * parsing), and a file sent again can be recognised.
 */
public final class Upload implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String sha256;

    private Upload(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    /** Copies {@code body} to a temporary file; 413 {@code PAYLOAD_TOO_LARGE} once it exceeds {@code maxBytes}. */
    public static Upload spool(InputStream body, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("zhifa-import-", ".upload");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    total += read;
                    if (total > maxBytes) {
                        throw ProblemException.of(413, "PAYLOAD_TOO_LARGE");
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new Upload(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Lowercase hex SHA-256 of the bytes. */
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the import's outcome is what matters
        }
    }
}
