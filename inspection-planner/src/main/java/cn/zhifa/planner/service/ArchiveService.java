package cn.zhifa.planner.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.zhifa.planner.domain.ArchiveNames;
import cn.zhifa.planner.service.FieldRecordService.RecordView;
import cn.zhifa.platform.audit.AuditEvent;
import cn.zhifa.platform.audit.AuditQueries;
import cn.zhifa.platform.contract.InspectionEvidence;
import cn.zhifa.platform.crypto.Sha256;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The archive of an inspection (归档): a zip streamed to the reader, never whole in memory, of the record as JSON
 * ({@value ArchiveNames#RECORD_JSON}) and as a printable page ({@value ArchiveNames#RECORD_HTML}), every completed
 * evidence file ({@link ArchiveNames#evidence}) and, last, {@value ArchiveNames#MANIFEST}: the path, size and SHA-256
 * of every other file. Whoever reads the record reads its archive, at any time: until the record is final the
 * manifest says {@code final: false} (the record may still change). Each evidence file comes through
 * {@link InspectionEvidence#open}: a read recorded as 调阅记录, hashed while it streams; a file whose bytes no longer
 * match their recorded SHA-256 ends the archive there (no manifest, an incomplete zip) and is recorded as altered.
 * Also the staff's check of the evidence's hashes against the audit chain's {@code EVIDENCE_UPLOADED} events.
 */
@ApplicationScoped
public class ArchiveService {
    private static final Logger LOG = Logger.getLogger(ArchiveService.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private final FieldRecordService records;
    private final InspectionEvidence evidence;
    private final AuditQueries audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public ArchiveService(FieldRecordService records, InspectionEvidence evidence, AuditQueries audit,
                          CurrentActor actor, Clock clock) {
        this.records = records;
        this.evidence = evidence;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** One file of the archive; {@code evidenceId} only for evidence files. */
    public record ManifestFile(String path, String sha256, long size, Long evidenceId) {
    }

    /** {@code manifest.json}: {@code generatedAt} epoch milliseconds; {@code final}: the record was final. */
    public record Manifest(long inspection, long generatedAt, @JsonbProperty("final") boolean isFinal,
                           List<ManifestFile> files) {
    }

    /** An archive ready to stream. */
    public interface Archive {
        String filename();

        /** Writes the zip; an {@link InspectionEvidence.AlteredException} when an evidence file was altered. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The archive of the inspection for whoever may read its record (403/404 as the record); nothing is read from
     * the evidence store before {@link Archive#writeTo}.
     */
    public Archive archive(long inspectionId, Locale locale) {
        RecordView record = records.get(inspectionId);
        Actor reader = actor.get();
        long generatedAt = clock.millis();
        byte[] json = JSON.toJson(record).getBytes(StandardCharsets.UTF_8);
        byte[] page = RecordPage.render(record, generatedAt, locale).getBytes(StandardCharsets.UTF_8);
        return new Archive() {
            @Override
            public String filename() {
                return "inspection-" + inspectionId + "-archive.zip";
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try {
                    actor.callAs(reader, () -> {
                        try {
                            write(record, generatedAt, json, page, out);
                            return null;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    LOG.log(Level.WARNING, "archive of inspection " + inspectionId + " broken off", e.getCause());
                    throw e.getCause();
                }
            }
        };
    }

    private void write(RecordView record, long generatedAt, byte[] json, byte[] page, OutputStream out)
            throws IOException {
        long inspectionId = record.inspection().id();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<ManifestFile> files = new ArrayList<>();
        files.add(small(zip, ArchiveNames.RECORD_JSON, json, generatedAt));
        files.add(small(zip, ArchiveNames.RECORD_HTML, page, generatedAt));
        zip.setLevel(Deflater.NO_COMPRESSION);
        for (InspectionEvidence.Piece piece : record.evidence()) {
            String path = ArchiveNames.evidence(piece.id(), piece.filename());
            ZipEntry entry = new ZipEntry(path);
            entry.setTime(piece.uploadedAtMs());
            zip.putNextEntry(entry);
            try (InputStream in = evidence.open(inspectionId, piece.id())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            files.add(new ManifestFile(path, piece.sha256(), piece.size(), piece.id()));
        }
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        Manifest manifest = new Manifest(inspectionId, generatedAt, record.isFinal(), List.copyOf(files));
        small(zip, ArchiveNames.MANIFEST, JSON.toJson(manifest).getBytes(StandardCharsets.UTF_8), generatedAt);
        zip.finish();
        zip.flush();
    }

    private static ManifestFile small(ZipOutputStream zip, String path, byte[] bytes, long at) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(at);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        return new ManifestFile(path, Sha256.hex(bytes), bytes.length, null);
    }

    /**
     * One evidence file of the archive against the audit chain: its SHA-256 as the record and the manifest give it,
     * the one in its {@code EVIDENCE_UPLOADED} event ({@code auditSeq}, null when there is none), whether that event
     * still hashes to its own hash ({@code eventIntact}), and {@code match}: all of these agree.
     */
    public record AuditCheckFile(long evidenceId, String path, String sha256, long size, String auditedSha256,
                                 Long auditedSize, Long auditSeq, boolean eventIntact, boolean match) {
    }

    public record AuditCheck(long inspection, boolean allMatch, List<AuditCheckFile> files) {
    }

    /**
     * The staff's check of an inspection's evidence against the audit chain (planners and judicial bureaux acting for
     * one of the plan's agencies, 403 otherwise): per evidence file of the record (the manifest's list), match or
     * mismatch with its {@code EVIDENCE_UPLOADED} event. The chain as a whole is verified by
     * {@code GET /api/v1/audit/verify}.
     */
    public AuditCheck auditCheck(long inspectionId) {
        if (!actor.get().hasAny(Roles.PLANNER, Roles.JUDICIAL)) {
            throw ProblemException.forbidden();
        }
        RecordView record = records.get(inspectionId);
        List<AuditCheckFile> files = record.evidence().stream().map(p -> check(inspectionId, p)).toList();
        return new AuditCheck(inspectionId, files.stream().allMatch(AuditCheckFile::match), files);
    }

    private AuditCheckFile check(long inspectionId, InspectionEvidence.Piece piece) {
        Optional<AuditEvent> uploaded = audit.events("evidence", String.valueOf(piece.id()), PageRequest.of(1, 20))
                .items().stream().filter(e -> "EVIDENCE_UPLOADED".equals(e.action())).findFirst();
        String path = ArchiveNames.evidence(piece.id(), piece.filename());
        if (uploaded.isEmpty()) {
            return new AuditCheckFile(piece.id(), path, piece.sha256(), piece.size(), null, null, null, false, false);
        }
        AuditEvent event = uploaded.get();
        JsonObject summary = Json.createReader(new StringReader(event.summary())).readObject();
        String sha256 = summary.getString("sha256", null);
        Long size = summary.containsKey("size") ? summary.getJsonNumber("size").longValue() : null;
        boolean ofThisInspection = summary.containsKey("inspectionId")
                && summary.getJsonNumber("inspectionId").longValue() == inspectionId;
        boolean intact = event.sealed().hash().equals(event.hash());
        boolean match = intact && ofThisInspection && piece.sha256().equals(sha256)
                && Long.valueOf(piece.size()).equals(size);
        return new AuditCheckFile(piece.id(), path, piece.sha256(), piece.size(), sha256, size, event.seq(), intact,
                match);
    }
}
