package cn.zhifa.evidence.service;

import cn.zhifa.evidence.domain.ByteRange;
import cn.zhifa.evidence.domain.EvidenceKind;
import cn.zhifa.evidence.domain.EvidenceLink;
import cn.zhifa.evidence.domain.MediaSniffer;
import cn.zhifa.evidence.domain.UploadMetadata;
import cn.zhifa.evidence.domain.UploadProgress;
import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.platform.contract.InspectionTeams;
import cn.zhifa.platform.contract.SignedLinks;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Evidence uploads (tus 1.0.0 creation, HEAD, PATCH) and reads. The bytes stream to the file store with no
 * transaction open; each step then records itself in one short transaction ({@link EvidenceRecords}).
 */
@ApplicationScoped
public class EvidenceService {
    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

    private final EvidenceRecords records;
    private final EvidenceStorage storage;
    private final EvidenceStore store;
    private final UploadDigests digests;
    private final EvidenceSettings settings;
    private final InspectionTeams teams;
    private final CurrentActor actor;
    private final AgencyScopes scopes;
    private final Instance<SignedLinks> links;
    private final Clock clock;

    @Inject
    public EvidenceService(EvidenceRecords records, EvidenceStorage storage, EvidenceStore store,
                           UploadDigests digests, EvidenceSettings settings, InspectionTeams teams, CurrentActor actor,
                           AgencyScopes scopes, Instance<SignedLinks> links, Clock clock) {
        this.scopes = scopes;
        this.links = links;
        this.clock = clock;
        this.records = records;
        this.storage = storage;
        this.store = store;
        this.digests = digests;
        this.settings = settings;
        this.teams = teams;
        this.actor = actor;
    }

    /** A stored file to send: the row, which bytes, and where to stream them from. */
    public record EvidenceFile(EvidenceRow row, Optional<ByteRange> range, EvidenceStore store) {
        public long first() {
            return range.map(ByteRange::first).orElse(0L);
        }

        public long length() {
            return range.map(ByteRange::length).orElse(row.uploadLength());
        }

        /** The bytes to send, streamed from the store. */
        public InputStream open() throws IOException {
            return store.open(row, first(), length());
        }
    }

    /**
     * tus creation: 404 for an unknown inspection, 403 unless an officer of its team, 409 {@code RECORD_FINAL} once
     * its full-process record is final, 413 over the kind's limit.
     */
    public EvidenceRow create(long inspectionId, String uploadLength, String metadataHeader) {
        Actor who = actor.get();
        if (!teams.exists(inspectionId)) {
            throw ProblemException.notFound("inspection", inspectionId);
        }
        requireMember(who, inspectionId);
        if (teams.isFinal(inspectionId)) {
            throw ProblemException.conflict("RECORD_FINAL", inspectionId);
        }
        long length = parseLength(uploadLength);
        UploadMetadata metadata = UploadMetadata.parse(metadataHeader);
        // an item of an inspection covering several matters is of one of them: two check lists may share a code
        List<Long> matters = teams.matters(inspectionId);
        new Violations().require(metadata.item() == null || metadata.matter() != null || matters.size() <= 1,
                "matter", "MATTER_ID_REQUIRED", matters.size()).throwIfInvalid();
        new Violations().require(metadata.matter() == null || matters.contains(metadata.matter()), "matter",
                "MATTER_NOT_COVERED", metadata.matter(), inspectionId).throwIfRejected();
        long max = settings.maxBytes(metadata.kind());
        if (length > max) {
            throw ProblemException.of(413, "EVIDENCE_TOO_LARGE", max);
        }
        return records.create(inspectionId, metadata, length, who.subject());
    }

    private static long parseLength(String header) {
        if (header == null) {
            throw ProblemException.invalid("Upload-Length", "FIELD_REQUIRED");
        }
        try {
            long length = Long.parseLong(header.trim());
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalid("Upload-Length", "UPLOAD_LENGTH_INVALID");
    }

    private void requireMember(Actor who, long inspectionId) {
        if (!isMember(who, inspectionId)) {
            throw ProblemException.forbidden();
        }
    }

    private boolean isMember(Actor who, long inspectionId) {
        return who.officerId().isPresent() && teams.isMember(inspectionId, who.officerId().getAsLong());
    }

    /** 403 {@code AGENCY_OUT_OF_SCOPE} unless the caller acts for one of the agencies of the inspection's plan. */
    private void requireAgencyOf(long inspectionId) {
        AgencyScope scope = scopes.current();
        List<String> agencies = teams.agencies(inspectionId);
        if (!scope.isEverywhere() && !scope.coversAny(agencies)) {
            throw ProblemException.of(403, "AGENCY_OUT_OF_SCOPE", String.join(",", agencies));
        }
    }

    /** The upload as its uploader sees it (tus HEAD): 404 for anyone else, as for an unknown upload. */
    public UploadProgress progress(long evidenceId) {
        EvidenceRow row = ownUpload(evidenceId);
        return new UploadProgress(row.uploadLength(), row.uploadOffset());
    }

    private EvidenceRow ownUpload(long evidenceId) {
        Actor who = actor.get();
        EvidenceRow row = records.find(evidenceId)
                .filter(r -> r.createdBy().equals(who.subject()) && (r.uploading() || r.complete()))
                .orElseThrow(() -> ProblemException.notFound("evidence", evidenceId));
        requireMember(who, row.inspectionId());
        return row;
    }

    /**
     * tus PATCH: appends the body at {@code claimedOffset}. One PATCH per upload at a time (a file lock, which
     * also holds across instances on one file system; another is 409 {@code UPLOAD_BUSY}). The digest continues
     * from the kept state or is recomputed from the stored prefix. Once the head Tika judges by has arrived (64 KiB, or
     * the whole file if smaller) the media type is sniffed: one its kind does not accept ends the upload (415
     * {@code EVIDENCE_TYPE_NOT_ALLOWED}, the file deleted, state REFUSED). The last byte completes the upload: its
     * SHA-256, media type and audit event are recorded in one transaction, once the
     * {@link EvidenceStore} has kept the bytes (the object store: put and read back; only then is the staged file deleted).
     *
     * @param contentLength the request's Content-Length, -1 when chunked
     */
    public UploadProgress append(long evidenceId, Long claimedOffset, long contentLength, InputStream body) {
        EvidenceRow seen = ownUpload(evidenceId);
        new UploadProgress(seen.uploadLength(), seen.uploadOffset()).checkAppend(claimedOffset, contentLength);
        Path file = storage.resolve(seen.storagePath());
        try (FileChannel channel = storage.openForAppend(file); FileLock lock = lock(channel)) {
            EvidenceRow row = records.find(evidenceId).orElseThrow();
            UploadProgress before = new UploadProgress(row.uploadLength(), row.uploadOffset());
            before.checkAppend(claimedOffset, contentLength);
            channel.truncate(before.offset());
            channel.position(before.offset());
            MessageDigest digest = digests.take(evidenceId, before.offset())
                    .orElseGet(() -> storage.digestOfPrefix(file, before.offset()));
            EvidenceStorage.Appended appended = storage.append(channel, body, digest, before.remaining(),
                    store.receive(row, file, before.offset()));
            UploadProgress after = before.advancedBy(appended.bytes());
            long head = Math.min(MediaSniffer.HEAD_BYTES, row.uploadLength());
            String mediaType = null;
            if (after.complete() || (before.offset() < head && after.offset() >= head)) {
                mediaType = acceptedType(row, file);
            }
            if (after.complete()) {
                String sha256 = HexFormat.of().formatHex(digest.digest());
                String objectKey = store.keep(row, mediaType, file, sha256);
                records.complete(row, mediaType, sha256, row.createdBy(), objectKey);
                store.kept(row, file);
            } else {
                records.advance(row, after.offset());
                digests.keep(evidenceId, after.offset(), digest);
            }
            if (appended.cut()) {
                LOG.info(() -> "evidence " + evidenceId + ": the body broke off at offset " + after.offset());
            }
            return after;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sniffed media type if the kind accepts it; else the upload is refused and its file deleted (415). */
    private String acceptedType(EvidenceRow row, Path file) {
        String mediaType = storage.sniff(file);
        EvidenceKind kind = EvidenceKind.valueOf(row.kind());
        if (!settings.accepts(kind, mediaType)) {
            records.refuse(row, mediaType);
            storage.delete(file);
            throw ProblemException.of(415, "EVIDENCE_TYPE_NOT_ALLOWED", mediaType, kind.name());
        }
        return mediaType;
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // another PATCH of this JVM holds it
        }
        throw ProblemException.conflict("UPLOAD_BUSY");
    }

    /**
     * A completed piece of evidence for the inspection's team, and for planners and the judicial bureau acting for
     * one of the agencies of the inspection's plan (403 {@code AGENCY_OUT_OF_SCOPE} otherwise); every read is
     * recorded (调阅记录). A read of the whole file first re-hashes it: a file whose SHA-256 no longer matches the
     * one recorded at upload is refused (409 {@code EVIDENCE_ALTERED}) and the alteration recorded and logged.
     */
    public EvidenceFile read(long evidenceId, String rangeHeader) {
        return serve(readable(evidenceId), rangeHeader);
    }

    /** The completed evidence if the caller may read it (see {@link #read}). */
    private EvidenceRow readable(long evidenceId) {
        Actor who = actor.get();
        EvidenceRow row = completed(evidenceId);
        if (!who.hasAny(Roles.PLANNER, Roles.JUDICIAL)) {
            requireMember(who, row.inspectionId());
        } else if (!isMember(who, row.inspectionId())) {
            requireAgencyOf(row.inspectionId());
        }
        return row;
    }

    private EvidenceRow completed(long evidenceId) {
        return records.find(evidenceId).filter(EvidenceRow::complete)
                .orElseThrow(() -> ProblemException.notFound("evidence", evidenceId));
    }

    /** The bytes asked for, the whole file re-hashed first, the read recorded under the current actor. */
    private EvidenceFile serve(EvidenceRow row, String rangeHeader) {
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, row.uploadLength());
        if (range.isEmpty() && !records.intact(row, store.sha256Of(row), store.describe(row))) {
            throw ProblemException.conflict("EVIDENCE_ALTERED", row.id());
        }
        records.read(row, range);
        return new EvidenceFile(row, range, store);
    }

    /** A link to stream one file ({@code url}, relative to the server) and when it stops opening it (epoch ms). */
    public record LinkView(String url, long expiresAtMs) {
    }

    /**
     * A short-lived link for the caller to stream the file (a {@code <video>} cannot send the bearer token), given to
     * whoever may {@link #read} it, for {@link EvidenceSettings#linkSeconds()}. Nothing is recorded until it is used:
     * each read through it is recorded under the caller. 404 {@code EVIDENCE_LINKS_UNAVAILABLE} where no link signer
     * is deployed (credential-service signs links; the page then fetches the file with the token).
     */
    public LinkView link(long evidenceId) {
        EvidenceRow row = readable(evidenceId);
        SignedLinks signer = signer();
        Actor who = actor.get();
        long expires = clock.instant().getEpochSecond() + settings.linkSeconds();
        String text = new EvidenceLink(row.id(), expires, who.subject(), who.roles(), who.agency(), who.officer())
                .encoded();
        return new LinkView("/api/v1/evidence/" + row.id() + "/content?link=" + text + "&sig=" + signer.sign(text),
                expires * 1000);
    }

    /**
     * A read through a {@link #link}: 403 {@code EVIDENCE_LINK_INVALID} for a link not signed here or not of this
     * evidence, 410 {@code EVIDENCE_LINK_EXPIRED} once its time is over; else as {@link #read}, recorded under the
     * reader the link was given to.
     */
    public EvidenceFile readByLink(long evidenceId, String encodedLink, String signature, String rangeHeader) {
        SignedLinks signer = signer();
        EvidenceLink link = EvidenceLink.decode(encodedLink)
                .filter(l -> l.evidenceId() == evidenceId && signer.verify(encodedLink, signature))
                .orElseThrow(() -> ProblemException.of(403, "EVIDENCE_LINK_INVALID"));
        if (link.expiredAt(clock.instant())) {
            throw ProblemException.of(410, "EVIDENCE_LINK_EXPIRED");
        }
        EvidenceRow row = completed(evidenceId);
        Actor reader = new Actor(link.subject(), link.roles(), link.agency(), link.officer());
        return actor.callAs(reader, () -> serve(row, rangeHeader));
    }

    private SignedLinks signer() {
        if (!links.isResolvable()) {
            throw ProblemException.of(404, "EVIDENCE_LINKS_UNAVAILABLE");
        }
        return links.get();
    }
}
