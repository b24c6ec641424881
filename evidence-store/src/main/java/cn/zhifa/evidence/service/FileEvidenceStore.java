package cn.zhifa.evidence.service;

import cn.zhifa.evidence.mapper.EvidenceRow;
import jakarta.enterprise.inject.Vetoed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The file store (the embedded default): the staged file of an upload is the kept file, under the data directory. */
@Vetoed
public class FileEvidenceStore implements EvidenceStore {
    private final EvidenceStorage storage;

    public FileEvidenceStore(EvidenceStorage storage) {
        this.storage = storage;
    }

    @Override
    public String keep(EvidenceRow row, String mediaType, Path staged, String sha256) {
        return null;
    }

    @Override
    public void kept(EvidenceRow row, Path staged) {
        // the staged file is the kept one
    }

    @Override
    public InputStream open(EvidenceRow row, long first, long length) throws IOException {
        return slice(storage.resolve(row.storagePath()), first, length);
    }

    @Override
    public String sha256Of(EvidenceRow row) {
        return storage.sha256Of(storage.resolve(row.storagePath()));
    }

    @Override
    public String describe(EvidenceRow row) {
        return storage.resolve(row.storagePath()).toString();
    }

    /** A stream of bytes {@code first} to {@code first + length - 1} of a file (closing it closes the file). */
    static InputStream slice(Path file, long first, long length) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(first);
        return new FilterInputStream(Channels.newInputStream(channel)) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buffer, offset, (int) Math.min(count, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, left));
                left -= skipped;
                return skipped;
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(super.available(), left);
            }
        };
    }
}
