package cn.zhifa.evidence.service;

import cn.zhifa.evidence.mapper.EvidenceRow;
import jakarta.enterprise.inject.Vetoed;
import org.apache.commons.io.input.BoundedInputStream;

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
        return BoundedInputStream.builder().setInputStream(Channels.newInputStream(channel)).setMaxCount(length).get();
    }
}
