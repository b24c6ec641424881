package cn.zhifa.evidence.service;

import cn.zhifa.evidence.domain.ByteRange;
import cn.zhifa.evidence.domain.UploadMetadata;
import cn.zhifa.evidence.mapper.EvidenceMapper;
import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.evidence.mapper.NewEvidence;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The short transactions of evidence-store, each with its audit event last: creating an upload, moving its
 * offset, completing it, and every read (调阅记录) or alteration found. No transaction is open while bytes stream.
 */
@ApplicationScoped
public class EvidenceRecords {
    static final String ENTITY = "evidence";
    private static final Logger LOG = Logger.getLogger(EvidenceRecords.class.getName());

    private final EvidenceMapper mapper;
    private final EvidenceStorage storage;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EvidenceRecords(EvidenceMapper mapper, EvidenceStorage storage, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
    }

    public record Started(long inspectionId, String kind, String item, String filename, long length) {
    }

    public record Completed(long inspectionId, String kind, String item, String filename, long size, String mediaType,
                     String sha256) {
    }

    public record Read(long inspectionId, String sha256, String range) {
    }

    public record Altered(long inspectionId, String recordedSha256, String storedSha256) {
    }

    public record Refused(long inspectionId, String kind, String filename, String mediaType) {
    }

    public record Abandoned(long inspectionId, String kind, String filename, long uploadOffset, long uploadLength,
                            long idleHours) {
    }

    public Optional<EvidenceRow> find(long id) {
        return mapper.find(id);
    }

    @Transactional(rollbackFor = Exception.class)
    public EvidenceRow create(long inspectionId, UploadMetadata metadata, long length, String by) {
        NewEvidence row = new NewEvidence();
        row.inspectionId = inspectionId;
        row.kind = metadata.kind().name();
        row.itemCode = metadata.item();
        row.matterId = metadata.matter();
        row.filename = metadata.filename();
        row.uploadLength = length;
        row.createdBy = by;
        row.createdAtMs = clock.millis();
        mapper.insert(row);
        String path = EvidenceStorage.pathOf(inspectionId, row.id);
        mapper.setStoragePath(row.id, path);
        storage.create(path);
        audit.record("EVIDENCE_UPLOAD_STARTED", ENTITY, String.valueOf(row.id),
                new Started(inspectionId, row.kind, row.itemCode, row.filename, length), null);
        return mapper.find(row.id).orElseThrow();
    }

    /** Records the new offset; 409 when another request moved it meanwhile. */
    @Transactional(rollbackFor = Exception.class)
    public void advance(EvidenceRow row, long to) {
        if (mapper.advance(row.id(), row.uploadOffset(), to, clock.millis()) != 1) {
            throw ProblemException.conflict("UPLOAD_OFFSET_MISMATCH", row.uploadOffset());
        }
    }

    /**
     * Records the last bytes and completes the upload with its hash (and the object key when the object store keeps
     * it), in one transaction with its audit event.
     */
    @Transactional(rollbackFor = Exception.class)
    public void complete(EvidenceRow row, String mediaType, String sha256, String by, String objectKey) {
        advance(row, row.uploadLength());
        mapper.complete(row.id(), row.uploadLength(), mediaType, sha256, by, clock.millis(), objectKey);
        audit.record("EVIDENCE_UPLOADED", ENTITY, String.valueOf(row.id()), new Completed(row.inspectionId(),
                row.kind(), row.itemCode(), row.filename(), row.uploadLength(), mediaType, sha256), null);
    }

    /**
     * Ends an upload whose first bytes show a media type its kind does not accept: state REFUSED, with the audit
     * event; the caller deletes the file once this committed.
     */
    @Transactional(rollbackFor = Exception.class)
    public void refuse(EvidenceRow row, String mediaType) {
        if (mapper.end(row.id(), EvidenceRow.REFUSED, mediaType, Long.MAX_VALUE) != 1) {
            throw ProblemException.conflict("UPLOAD_OFFSET_MISMATCH", row.uploadOffset());
        }
        audit.record("EVIDENCE_UPLOAD_REFUSED", ENTITY, String.valueOf(row.id()),
                new Refused(row.inspectionId(), row.kind(), row.filename(), mediaType), null);
    }

    /**
     * Ends an upload no byte of which arrived since {@code idleSinceMs}: state ABANDONED, with the audit event;
     * false when bytes came meanwhile (it is left alone). The caller deletes the file once this committed.
     */
    @Transactional(rollbackFor = Exception.class)
    public boolean abandon(EvidenceRow row, long idleSinceMs) {
        if (mapper.end(row.id(), EvidenceRow.ABANDONED, null, idleSinceMs) != 1) {
            return false;
        }
        audit.record("EVIDENCE_UPLOAD_ABANDONED", ENTITY, String.valueOf(row.id()), new Abandoned(row.inspectionId(),
                row.kind(), row.filename(), row.uploadOffset(), row.uploadLength(),
                (clock.millis() - idleSinceMs) / 3_600_000L), null);
        return true;
    }

    /** Keeps what a run of the re-hash found (it finished now). */
    @Transactional(rollbackFor = Exception.class)
    public void rehashRun(long jobId, long startedAtMs, long checked, long altered, long missing, String firstIds) {
        mapper.insertRehashRun(jobId, startedAtMs, clock.millis(), checked, altered, missing, firstIds);
    }

    /** 调阅记录: who read which evidence, which bytes ({@code bytes first-last/size}, or {@code full}). */
    @Transactional(rollbackFor = Exception.class)
    public void read(EvidenceRow row, Optional<ByteRange> range) {
        audit.record("EVIDENCE_READ", ENTITY, String.valueOf(row.id()), new Read(row.inspectionId(), row.sha256(),
                range.map(ByteRange::contentRange).orElse("full")), null);
    }

    /**
     * The one judgement of stored bytes, for every full read, the archive and the re-hash job: whether the SHA-256
     * found in storage ({@code storedSha256}, null when the bytes are gone) is the one recorded at upload. When it is
     * not, the file was altered in storage or lost: logged SEVERE (with {@code where}, the store's description of its
     * place) and recorded as an audit event {@code EVIDENCE_ALTERED} (recorded and found hashes, or {@code missing}).
     */
    @Transactional(rollbackFor = Exception.class)
    public boolean intact(EvidenceRow row, String storedSha256, String where) {
        if (row.sha256().equals(storedSha256)) {
            return true;
        }
        LOG.log(Level.SEVERE, "evidence {0} ({1}) {2}: recorded {3}, stored {4}", new Object[]{row.id(), where,
                storedSha256 == null ? "is missing from storage" : "was altered in storage", row.sha256(),
                storedSha256});
        audit.record("EVIDENCE_ALTERED", ENTITY, String.valueOf(row.id()),
                new Altered(row.inspectionId(), row.sha256(), storedSha256 == null ? "missing" : storedSha256), null);
        return false;
    }
}
