package cn.zhifa.platform.contract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Published by evidence-store for inspection-planner: the completed evidence of an inspection (a file whose every
 * byte is stored and whose media type its kind accepts), which the full-process record lists and whose presence
 * decides what is still missing, and the bytes of each file for the archive (归档).
 */
public interface InspectionEvidence {

    /**
     * One completed file; {@code kind}: PHOTO, VIDEO, AUDIO or DOCUMENT; {@code item}: the check item's code it
     * documents, null for the visit as a whole; {@code matterId}: the matter whose check list has the item (named
     * for an inspection covering several matters; null otherwise).
     */
    record Piece(long id, String kind, String item, Long matterId, String filename, String mediaType, long size, String sha256,
                 long uploadedAtMs, String uploadedBy) {
    }

    /** The inspection's completed evidence, in upload order; empty for an unknown inspection. */
    List<Piece> completed(long inspectionId);

    /**
     * The whole file of a completed piece of the inspection's evidence, streamed from its store (never whole in
     * memory), for a reader the caller has already allowed to read the inspection's record. Opening it is a read
     * recorded like any other (调阅记录, {@code EVIDENCE_READ} of the current actor). The stream hashes the bytes as
     * they pass: at their end, when their SHA-256 or size differs from the one recorded at upload, it throws
     * {@link AlteredException} (and the alteration is recorded as evidence-store records any other).
     *
     * @throws IOException the store cannot be read; an unknown or incomplete piece of this inspection is
     *                     {@link java.util.NoSuchElementException}
     */
    InputStream open(long inspectionId, long evidenceId) throws IOException;

    /** The bytes read do not match the SHA-256 recorded at upload: the file was altered in storage or is gone. */
    final class AlteredException extends IOException {
        private final long evidenceId;

        public AlteredException(long evidenceId, String recordedSha256, String foundSha256) {
            super("evidence " + evidenceId + " was altered in storage: recorded " + recordedSha256 + ", found "
                    + foundSha256);
            this.evidenceId = evidenceId;
        }

        public long evidenceId() {
            return evidenceId;
        }
    }
}
