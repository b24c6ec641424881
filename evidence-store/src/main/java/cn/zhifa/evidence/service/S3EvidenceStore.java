package cn.zhifa.evidence.service;

import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.platform.error.ProblemException;
import jakarta.enterprise.inject.Vetoed;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.LongToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The S3-compatible object store ({@code zhifa.evidence.store=s3}; AWS SDK v2, a sync client on the JDK's HTTP,
 * path-style by default as the agencies' private clouds expect). An upload is always staged in its local file; one of
 * up to {@code part-size-mb} is put in one PUT on completion (with its SHA-256 as metadata {@code sha256}), a larger
 * one goes up <em>while it arrives</em>, as a multipart upload whose parts are sent from the staged file as soon as a
 * PATCH has staged each whole ({@link #receive}), so the last PATCH sends only the last part(s) and completes it.
 * Every PUT and part carries its SHA-256 ({@code x-amz-checksum-sha256}; {@code checksum=md5}: its Content-MD5, for
 * stores without the newer checksums), so the store refuses bytes that arrived other than they were sent. The object
 * counts as kept once a HEAD reads back its size (and, for a single PUT, that SHA-256). With {@code object-lock} each
 * object is made with an Object Lock retention in COMPLIANCE mode (a multipart upload's is extended to completion +
 * the retention period of the inspection's matters, the planner's answer {@code InspectionTeams.retentionYears}, once
 * complete); a bucket without Object Lock refuses that, and the completion
 * fails ({@code EVIDENCE_STORE_FAILED}), nothing recorded. Evidence completed before the store was switched to S3 (no
 * object key) is still read from its file.
 */
@Vetoed
public class S3EvidenceStore implements EvidenceStore, AutoCloseable {
    static final String SHA256_METADATA = "sha256";
    private static final Logger LOG = Logger.getLogger(S3EvidenceStore.class.getName());

    private final EvidenceSettings.S3 settings;
    private final LongToIntFunction retentionYearsOfInspection;
    private final FileEvidenceStore files;
    private final EvidenceStorage storage;
    private final Clock clock;
    private final S3Client s3;
    /** The uploads in progress this instance sends parts of (least recently used dropped past the digest cache's size). */
    private final Map<Long, Parts> uploads;
    /** Sends parts and single PUTs: {@code zhifa.evidence.s3.parallel-parts} at a time across all uploads. */
    private final ExecutorService senders;

    public S3EvidenceStore(EvidenceSettings.S3 settings, LongToIntFunction retentionYearsOfInspection, int uploadsKept,
                           EvidenceStorage storage, Clock clock) {
        this.settings = settings;
        this.uploads = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Parts> eldest) {
                return size() > uploadsKept;
            }
        };
        this.senders = Executors.newFixedThreadPool(settings.parallelParts(),
                Thread.ofPlatform().daemon().name("evidence-s3-sender-", 0).factory());
        this.retentionYearsOfInspection = retentionYearsOfInspection;
        this.storage = storage;
        this.files = new FileEvidenceStore(storage);
        this.clock = clock;
        this.s3 = client(settings);
        LOG.info(() -> "Evidence kept in the object store " + settings);
    }

    private static S3Client client(EvidenceSettings.S3 settings) {
        AwsCredentialsProvider credentials = settings.accessKey() == null
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                // the checksums this store sends are its own (SHA-256 per PUT and part), not the SDK's CRC trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return builder.build();
    }

    String keyOf(EvidenceRow row) {
        return settings.prefix() + row.storagePath();
    }

    private Instant retainUntil(long inspectionId) {
        return clock.instant().atOffset(ZoneOffset.UTC).plusYears(retentionYearsOfInspection.applyAsInt(inspectionId))
                .toInstant();
    }

    /**
     * An upload larger than one part goes up while it arrives: each part is sent (from the staged file, by the part
     * senders) as soon as the PATCH has staged it; parts wholly below {@code offset} that this instance has not sent
     * (an earlier PATCH went to another instance, or this one restarted) are sent now too.
     */
    @Override
    public LongConsumer receive(EvidenceRow row, Path staged, long offset) {
        if (row.uploadLength() <= settings.partBytes()) {
            return end -> {
            };
        }
        Parts parts = parts(row);
        parts.settle(offset);
        for (int number = 1; parts.end(number) <= offset; number++) {
            if (!parts.sent.containsKey(number)) {
                parts.send(staged, number);
            }
        }
        return end -> parts.staged(staged, end);
    }

    private Parts parts(EvidenceRow row) {
        synchronized (uploads) {
            return uploads.computeIfAbsent(row.id(), id -> new Parts(row));
        }
    }

    @Override
    public String keep(EvidenceRow row, String mediaType, Path staged, String sha256) {
        String key = keyOf(row);
        long size = row.uploadLength();
        try {
            if (size <= settings.partBytes()) {
                inSender(() -> put(key, mediaType, staged, size, sha256, retainUntil(row.inspectionId())));
            } else {
                Parts parts;
                synchronized (uploads) {
                    parts = uploads.remove(row.id());
                }
                (parts == null ? new Parts(row) : parts).complete(staged);
            }
            HeadObjectResponse head = s3.headObject(b -> b.bucket(settings.bucket()).key(key));
            String stored = head.metadata().get(SHA256_METADATA);
            boolean hashed = size > settings.partBytes() || sha256.equals(stored);
            if (head.contentLength() == null || head.contentLength() != size || !hashed) {
                LOG.severe(() -> "evidence " + row.id() + ": the object " + key + " reads back " + head.contentLength()
                        + " bytes, SHA-256 " + stored + "; sent " + size + " bytes, SHA-256 " + sha256);
                throw ProblemException.of(503, "EVIDENCE_STORE_FAILED", row.id());
            }
            return key;
        } catch (SdkException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "evidence " + row.id() + ": the object store did not keep " + key
                    + " (the upload stays staged, its completion not recorded)", e);
            throw ProblemException.of(503, "EVIDENCE_STORE_FAILED", row.id());
        }
    }

    private boolean sha256Checksums() {
        return settings.checksum().equals("sha256");
    }

    private void put(String key, String mediaType, Path staged, long size, String sha256, Instant retainUntil) {
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(settings.bucket()).key(key)
                .contentLength(size).contentType(mediaType).metadata(Map.of(SHA256_METADATA, sha256));
        if (sha256Checksums()) {
            put.checksumAlgorithm(ChecksumAlgorithm.SHA256)
                    .checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)));
        } else {
            put.contentMD5(base64Digest("MD5", staged, 0, size));
        }
        if (settings.objectLock()) {
            put.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil);
        }
        s3.putObject(put.build(), RequestBody.fromContentProvider(slices(staged, 0, size), size,
                "application/octet-stream"));
    }

    /**
     * Runs a request with a body on one of the part senders and waits for it: the JDK's HttpURLConnection holds a
     * request's body in the heap before sending it, so the senders' number bounds the memory that takes.
     */
    private void inSender(Runnable request) {
        try {
            senders.submit(request).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The multipart upload of one evidence upload in progress, as this instance keeps it: made with the first part
     * (Content-Type sniffed from the staged head, Object Lock retention), and the parts sent so far. A part is sent
     * from the staged file once the PATCH has staged it whole; part {@code n} holds bytes {@code (n-1)*partBytes} up
     * to {@code n*partBytes} (the last one the rest). Staged bytes below the recorded offset never change again (a
     * PATCH only drops bytes past it), so a part sent from them stays right; a part sent from bytes its PATCH did not
     * keep (refused 413, failed) is forgotten by the next PATCH's {@link #settle}. Used by one PATCH at a time (the
     * upload's file lock); {@link #sent} is filled by the senders.
     */
    private final class Parts {
        private final EvidenceRow row;
        private final String key;
        private final Map<Integer, CompletedPart> sent = new ConcurrentHashMap<>();
        private final List<Future<?>> underWay = new ArrayList<>();
        private String uploadId;
        private int queued;

        Parts(EvidenceRow row) {
            this.row = row;
            this.key = keyOf(row);
        }

        long end(int number) {
            return Math.min(number * settings.partBytes(), row.uploadLength());
        }

        int count() {
            return (int) ((row.uploadLength() + settings.partBytes() - 1) / settings.partBytes());
        }

        /** Waits for the parts under way, then forgets those that end past the recorded {@code offset}. */
        void settle(long offset) {
            for (Future<?> part : underWay) {
                try {
                    part.get();
                } catch (ExecutionException failed) {
                    // logged by the sender; the part is sent again on completion
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            underWay.clear();
            sent.keySet().removeIf(number -> end(number) > offset);
            queued = (int) (offset / settings.partBytes());
        }

        /** The PATCH has staged the file up to {@code end}: each part now whole is sent. */
        void staged(Path file, long end) {
            while (queued < count() && end(queued + 1) <= end) {
                send(file, ++queued);
            }
        }

        void send(Path file, int number) {
            underWay.add(senders.submit(() -> {
                try {
                    sendNow(file, number);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "evidence " + row.id() + ": part " + number + " of " + key
                            + " was not sent (it is sent again on completion)", e);
                    throw e;
                }
            }));
        }

        private synchronized String uploadId(Path file) {
            if (uploadId == null) {
                CreateMultipartUploadRequest.Builder create = CreateMultipartUploadRequest.builder()
                        .bucket(settings.bucket()).key(key).contentType(storage.sniff(file));
                if (sha256Checksums()) {
                    create.checksumAlgorithm(ChecksumAlgorithm.SHA256);
                }
                if (settings.objectLock()) {
                    create.objectLockMode(ObjectLockMode.COMPLIANCE)
                            .objectLockRetainUntilDate(retainUntil(row.inspectionId()));
                }
                uploadId = s3.createMultipartUpload(create.build()).uploadId();
            }
            return uploadId;
        }

        private void sendNow(Path file, int number) {
            long first = (number - 1L) * settings.partBytes();
            long length = end(number) - first;
            UploadPartRequest.Builder part = UploadPartRequest.builder().bucket(settings.bucket()).key(key)
                    .uploadId(uploadId(file)).partNumber(number).contentLength(length);
            String partSha = null;
            if (sha256Checksums()) {
                partSha = base64Digest("SHA-256", file, first, length);
                part.checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumSHA256(partSha);
            } else {
                part.contentMD5(base64Digest("MD5", file, first, length));
            }
            UploadPartResponse response = s3.uploadPart(part.build(), RequestBody.fromContentProvider(
                    slices(file, first, length), length, "application/octet-stream"));
            sent.put(number, CompletedPart.builder().partNumber(number).eTag(response.eTag()).checksumSHA256(partSha)
                    .build());
        }

        /**
         * The last byte is staged: sends the parts not sent yet, completes the multipart upload and (Object Lock)
         * extends the retention to completion + retention-years; on any failure the multipart upload is aborted.
         */
        void complete(Path file) {
            settle(row.uploadLength());
            try {
                for (int number = 1; number <= count(); number++) {
                    if (!sent.containsKey(number)) {
                        send(file, number);
                    }
                }
                for (Future<?> part : underWay) {
                    part.get();
                }
                underWay.clear();
                List<CompletedPart> parts = sent.values().stream()
                        .sorted(Comparator.comparing(CompletedPart::partNumber)).toList();
                s3.completeMultipartUpload(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId(file))
                        .multipartUpload(m -> m.parts(parts)));
                if (settings.objectLock()) {
                    s3.putObjectRetention(b -> b.bucket(settings.bucket()).key(key)
                            .retention(r -> r.mode(ObjectLockRetentionMode.COMPLIANCE)
                                    .retainUntilDate(retainUntil(row.inspectionId()))));
                }
            } catch (ExecutionException e) {
                abort();
                throw e.getCause() instanceof SdkException failure ? failure
                        : new UncheckedIOException(new IOException("a part was not sent", e.getCause()));
            } catch (InterruptedException e) {
                abort();
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (RuntimeException e) {
                abort();
                throw e;
            }
        }

        private void abort() {
            settle(0);
            if (uploadId != null) {
                try {
                    s3.abortMultipartUpload(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId));
                } catch (SdkException e) {
                    LOG.log(Level.WARNING, "evidence " + row.id() + ": the multipart upload of " + key
                            + " was not aborted (the bucket's lifecycle rule ends it)", e);
                }
            }
        }
    }

    /** The digest (Base64) of a slice of the staged file, read once before the slice is sent. */
    private static String base64Digest(String algorithm, Path file, long first, long length) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = FileEvidenceStore.slice(file, first, length)) {
            byte[] buffer = new byte[EvidenceStorage.BUFFER_BYTES];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    /** Each attempt (a retry, a signature's pass) reads the slice afresh from the staged file; the last is closed. */
    private static ContentStreamProvider slices(Path file, long first, long length) {
        return new ContentStreamProvider() {
            private InputStream current;

            @Override
            public InputStream newStream() {
                try {
                    if (current != null) {
                        current.close();
                    }
                    current = FileEvidenceStore.slice(file, first, length);
                    return current;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public void kept(EvidenceRow row, Path staged) {
        storage.delete(staged);
    }

    @Override
    public InputStream open(EvidenceRow row, long first, long length) throws IOException {
        if (row.objectKey() == null) {
            return files.open(row, first, length);
        }
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(settings.bucket()).key(row.objectKey());
        if (first != 0 || length != row.uploadLength()) {
            get.range("bytes=" + first + "-" + (first + length - 1));
        }
        try {
            return s3.getObject(get.build());
        } catch (SdkException e) {
            throw new IOException("evidence " + row.id() + ": the object " + row.objectKey() + " cannot be read", e);
        }
    }

    @Override
    public String sha256Of(EvidenceRow row) {
        if (row.objectKey() == null) {
            return files.sha256Of(row);
        }
        MessageDigest digest = EvidenceStorage.sha256();
        try (InputStream in = s3.getObject(b -> b.bucket(settings.bucket()).key(row.objectKey()))) {
            byte[] buffer = new byte[EvidenceStorage.BUFFER_BYTES];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (NoSuchKeyException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public String describe(EvidenceRow row) {
        return row.objectKey() == null ? files.describe(row) : "s3://" + settings.bucket() + "/" + row.objectKey();
    }

    @Override
    public void close() {
        senders.shutdownNow();
        s3.close();
    }
}
