package cn.zhifa.evidence.service;

import cn.zhifa.evidence.mapper.EvidenceRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Where completed evidence is kept ({@code zhifa.evidence.store}): the files under the data directory
 * ({@link FileEvidenceStore}) or an S3-compatible object store ({@link S3EvidenceStore}). An upload in progress is
 * always staged in its local file ({@link EvidenceStorage}: resumable, locked, truncated by its PATCHes); its
 * completion hands that file to {@link #keep}, and only once the completion is recorded does {@link #kept} let the
 * staged copy go. Reads and the re-hash stream from wherever the row says its bytes are.
 */
public interface EvidenceStore {

    /**
     * A PATCH of the upload begins at its recorded offset {@code offset} (staged bytes past it were dropped, and so is
     * anything the store took from them); what the PATCH then tells, after each write, as the staged file's end. The
     * object store sends each part as soon as it is staged, so that the completion does not send the whole file
     * again; the file store has nothing to do until the end.
     */
    default LongConsumer receive(EvidenceRow row, Path staged, long offset) {
        return end -> {
        };
    }

    /**
     * Keeps a completed upload whose bytes are staged in {@code staged} and whose SHA-256 is {@code sha256}; the
     * object key recorded with the evidence, or null when the staged file itself is the kept one. Nothing may be
     * recorded as complete unless this returned: a store that refuses or fails throws a 503 problem
     * {@code EVIDENCE_STORE_FAILED} (the staged bytes stay; the client's last PATCH may be sent again).
     */
    String keep(EvidenceRow row, String mediaType, Path staged, String sha256);

    /** The completion is recorded: the staged file goes unless it is the kept copy. */
    void kept(EvidenceRow row, Path staged);

    /** Bytes {@code first} to {@code first + length - 1} of a completed piece of evidence, streamed. */
    InputStream open(EvidenceRow row, long first, long length) throws IOException;

    /** The SHA-256 (hex) of the kept bytes, streamed once through the digest; null when they are gone. */
    String sha256Of(EvidenceRow row);

    /** Where the bytes are, for logs (never a credential). */
    String describe(EvidenceRow row);
}
