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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The S3-compatible object store ({@code zhifa.evidence.store=s3}; AWS SDK v2, a sync client on the JDK's HTTP,
 * path-style by default as the agencies' private clouds expect). A completed upload's staged file is streamed to
 * {@code <prefix><inspectionId>/<evidenceId>.bin}: in one PUT up to {@code part-size-mb}, else in a multipart upload
 * of parts that size (each read from the file as it is sent, never the whole file in memory). Every PUT and part
 * carries its SHA-256 ({@code x-amz-checksum-sha256}; {@code checksum=md5}: its Content-MD5, for stores without the
 * newer checksums), so the store refuses bytes that arrived other than they were sent; the object also carries the upload's SHA-256 as metadata {@code sha256}. The object counts as kept once a HEAD
 * reads back its size and that SHA-256. With {@code object-lock} each object is put with an Object Lock retention
 * in COMPLIANCE mode until upload + the retention period of the inspection's matters (the planner's answer,
 * {@code InspectionTeams.retentionYears}); a bucket without Object Lock refuses
 * that, and the completion fails ({@code EVIDENCE_STORE_FAILED}), nothing recorded. Evidence completed before the
 * store was switched to S3 (no object key) is still read from its file.
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

    public S3EvidenceStore(EvidenceSettings.S3 settings, LongToIntFunction retentionYearsOfInspection,
                           EvidenceStorage storage, Clock clock) {
        this.settings = settings;
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

    @Override
    public String keep(EvidenceRow row, String mediaType, Path staged, String sha256) {
        String key = keyOf(row);
        long size = row.uploadLength();
        Instant retainUntil = clock.instant().atOffset(ZoneOffset.UTC)
                .plusYears(retentionYearsOfInspection.applyAsInt(row.inspectionId())).toInstant();
        try {
            if (size <= settings.partBytes()) {
                put(key, mediaType, staged, size, sha256, retainUntil);
            } else {
                putInParts(key, mediaType, staged, size, sha256, retainUntil);
            }
            HeadObjectResponse head = s3.headObject(b -> b.bucket(settings.bucket()).key(key));
            String stored = head.metadata().get(SHA256_METADATA);
            if (head.contentLength() == null || head.contentLength() != size || !sha256.equals(stored)) {
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

    private void putInParts(String key, String mediaType, Path staged, long size, String sha256, Instant retainUntil) {
        CreateMultipartUploadRequest.Builder create = CreateMultipartUploadRequest.builder().bucket(settings.bucket())
                .key(key).contentType(mediaType).metadata(Map.of(SHA256_METADATA, sha256));
        if (sha256Checksums()) {
            create.checksumAlgorithm(ChecksumAlgorithm.SHA256);
        }
        if (settings.objectLock()) {
            create.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil);
        }
        String uploadId = s3.createMultipartUpload(create.build()).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long first = 0; first < size; first += settings.partBytes(), number++) {
                long length = Math.min(settings.partBytes(), size - first);
                UploadPartRequest.Builder part = UploadPartRequest.builder().bucket(settings.bucket()).key(key)
                        .uploadId(uploadId).partNumber(number).contentLength(length);
                String partSha = null;
                if (sha256Checksums()) {
                    partSha = base64Digest("SHA-256", staged, first, length);
                    part.checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumSHA256(partSha);
                } else {
                    part.contentMD5(base64Digest("MD5", staged, first, length));
                }
                UploadPartResponse sent = s3.uploadPart(part.build(), RequestBody.fromContentProvider(
                        slices(staged, first, length), length, "application/octet-stream"));
                parts.add(CompletedPart.builder().partNumber(number).eTag(sent.eTag()).checksumSHA256(partSha).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId));
            } catch (SdkException abort) {
                e.addSuppressed(abort);
            }
            throw e;
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
        s3.close();
    }
}
