package cn.zhifa.evidence.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import cn.zhifa.evidence.mapper.EvidenceMapper;
import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.platform.contract.InspectionEvidence;
import cn.zhifa.platform.crypto.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What evidence-store tells inspection-planner of an inspection's evidence: its completed files, and each file's
 * bytes for the archive (a read recorded as 调阅记录, hashed while it streams and judged by
 * {@link EvidenceRecords#intact}, as a full read and the re-hash job are).
 */
@ApplicationScoped
public class EvidenceOfInspections implements InspectionEvidence {
    private final EvidenceMapper evidence;
    private final EvidenceRecords records;
    private final EvidenceStore store;

    @Inject
    public EvidenceOfInspections(EvidenceMapper evidence, EvidenceRecords records, EvidenceStore store) {
        this.evidence = evidence;
        this.records = records;
        this.store = store;
    }

    @Override
    public List<Piece> completed(long inspectionId) {
        return evidence.completedOf(inspectionId).stream()
                .map(e -> new Piece(e.id(), e.kind(), e.itemCode(), e.matterId(), e.filename(), e.mediaType(), e.uploadLength(),
                        e.sha256(), e.uploadedAtMs() == null ? e.createdAtMs() : e.uploadedAtMs(), e.uploadedBy()))
                .toList();
    }

    @Override
    public InputStream open(long inspectionId, long evidenceId) throws IOException {
        EvidenceRow row = evidence.find(evidenceId).filter(r -> r.complete() && r.inspectionId() == inspectionId)
                .orElseThrow(() -> new NoSuchElementException("no completed evidence " + evidenceId + " of inspection "
                        + inspectionId));
        records.read(row, Optional.empty());
        InputStream bytes;
        try {
            bytes = store.open(row, 0, row.uploadLength());
        } catch (IOException | RuntimeException e) {
            String found = store.sha256Of(row);
            if (!records.intact(row, found, store.describe(row))) {
                throw new AlteredException(evidenceId, row.sha256(), found == null ? "missing" : found);
            }
            throw e;
        }
        return new Verifying(bytes, row);
    }

    /** The bytes of one file, hashed as they pass; at their end judged against the recorded SHA-256 and size. */
    private final class Verifying extends FilterInputStream {
        private final EvidenceRow row;
        private final MessageDigest digest;
        private long count;
        private boolean judged;

        Verifying(InputStream in, EvidenceRow row) {
            super(in);
            this.row = row;
            this.digest = Sha256.digest();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                count += n;
            } else if (n < 0) {
                judge();
            }
            return n;
        }

        @Override
        public long skip(long n) {
            return 0;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void judge() throws IOException {
            if (judged) {
                return;
            }
            judged = true;
            String found = count == row.uploadLength() ? HexFormat.of().formatHex(digest.digest())
                    : "size " + count + " of " + row.uploadLength();
            if (!records.intact(row, found, store.describe(row))) {
                throw new AlteredException(row.id(), row.sha256(), found);
            }
        }
    }
}
