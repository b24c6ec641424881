package cn.zhifa.evidence.service;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.evidence.testing.GeneratedBytes;
import cn.zhifa.evidence.testing.S3ProxyServer;
import cn.zhifa.evidence.testing.Teams;
import cn.zhifa.platform.contract.InspectionTeams;
import cn.zhifa.platform.contract.SignedLinks;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.security.Actor;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.Part;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static cn.zhifa.evidence.testing.Samples.b64;
import static cn.zhifa.evidence.testing.Samples.jpeg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The object store (zhifa.evidence.store=s3) against a real S3 API server, S3Proxy, run by {@link S3ProxyServer} as a
 * process of its own: uploads staged in their local file through resumed PATCHes, kept as objects on completion
 * (in parts when larger than zhifa.evidence.s3.part-size-mb, 5 here), read whole and by range from the object,
 * and an object altered or removed behind the service's back found by the full read and by the re-hash job.
 */
@ExtendWith(S3ProxyServer.class)
@HelidonTest
@DatabaseTest
class S3EvidenceStoreTest {
    private static final Actor JUDICIAL = new Actor("j-1", Set.of(Roles.JUDICIAL));

    @Inject
    AgencyScopes scopes;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceRecords records;

    @Inject
    EvidenceRehashJob rehash;

    @Inject
    EvidenceStorage storage;

    @Inject
    UploadDigests digests;

    @Inject
    EvidenceSettings settings;

    @Inject
    InspectionTeams teams;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Inject
    Instance<SignedLinks> links;

    /**
     * A store that asks for Object Lock: S3Proxy has none and refuses the retention headers, as a bucket made without
     * Object Lock does, so it keeps nothing.
     */
    private S3EvidenceStore refusingStore() {
        EvidenceSettings.S3 s3 = settings.s3();
        return new S3EvidenceStore(new EvidenceSettings.S3(s3.endpoint(), s3.region(), s3.bucket(), s3.accessKey(),
                s3.secretKey(), s3.prefix(), s3.pathStyle(), s3.partBytes(), true, s3.checksum(), s3.parallelParts()),
                new Teams()::retentionYears, settings.digestCacheSize(), storage, clock);
    }

    private <T> T as(long officer, Supplier<T> work) {
        return currentActor.callAs(new Actor(String.valueOf(officer), Set.of(Roles.OFFICER)), work);
    }

    private static String metadata(String filename, String kind) {
        return "filename " + b64(filename) + ",kind " + b64(kind);
    }

    private byte[] read(long evidenceId, String range) {
        return currentActor.callAs(JUDICIAL, () -> {
            try (InputStream in = evidence.read(evidenceId, range).open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static HeadObjectResponse head(String key) {
        return S3ProxyServer.client().headObject(b -> b.bucket(S3ProxyServer.BUCKET).key(key));
    }

    /** The SHA-256 of the object as the store hands it out, read behind the service's back. */
    private static String storedSha256(String key) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = S3ProxyServer.client().getObject(b -> b.bucket(S3ProxyServer.BUCKET).key(key))) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The parts the store holds of the multipart uploads in progress under this key, once there are {@code expected}
     * (a PATCH answers before its parts are all sent: they go on in the background), or after 30 s.
     */
    private static List<Integer> partsUnderWay(String key, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        List<Integer> parts = partsUnderWay(key);
        while (parts.size() != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            parts = partsUnderWay(key);
        }
        return parts;
    }

    private static List<Integer> partsUnderWay(String key) {
        return S3ProxyServer.client().listMultipartUploads(b -> b.bucket(S3ProxyServer.BUCKET).prefix(key)).uploads()
                .stream().flatMap(upload -> S3ProxyServer.client().listParts(b -> b.bucket(S3ProxyServer.BUCKET).key(key)
                        .uploadId(upload.uploadId())).parts().stream()).map(Part::partNumber).sorted().toList();
    }

    /** The first {@code length} bytes of {@link GeneratedBytes} from {@code from}, after which the connection is cut. */
    private static InputStream cutAfter(long from, long length, MessageDigest digest) {
        return new SequenceInputStream(new GeneratedBytes(from, length, digest), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private EvidenceRow photo(long officer, long inspection, byte[] bytes) {
        return as(officer, () -> {
            EvidenceRow row = evidence.create(inspection, String.valueOf(bytes.length), metadata("门头.jpg", "PHOTO"));
            evidence.append(row.id(), 0L, bytes.length, new ByteArrayInputStream(bytes));
            return records.find(row.id()).orElseThrow();
        });
    }

    @Test
    void shouldStageAResumedUploadAndKeepItAsAnObjectInParts() throws Exception {
        long officer = 9_100_001;
        long inspection = Teams.inspection(officer);
        long size = (12L << 20) + 12_345;
        long cut = 3L << 20;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        EvidenceRow row = as(officer, () -> evidence.create(inspection, String.valueOf(size), metadata("巡查.mp4", "VIDEO")));
        Path staged = storage.resolve(row.storagePath());
        String key = "evidence/" + row.storagePath();

        as(officer, () -> evidence.append(row.id(), 0L, cut, new GeneratedBytes(0, cut, sent)));
        assertEquals(cut, Files.size(staged), "the bytes of an upload in progress are staged in its local file");
        assertThrows(NoSuchKeyException.class, () -> head(key), "no object before the upload completes");
        digests.forget(row.id()); // as after a restart: the digest is taken again from the staged prefix
        as(officer, () -> evidence.append(row.id(), cut, size - cut, new GeneratedBytes(cut, size - cut, sent)));
        String sha256 = HexFormat.of().formatHex(sent.digest());

        EvidenceRow done = records.find(row.id()).orElseThrow();
        assertTrue(done.complete(), done.state());
        assertEquals(sha256, done.sha256());
        assertEquals(key, done.objectKey());
        HeadObjectResponse object = head(key);
        assertEquals(size, object.contentLength());
        assertEquals("video/mp4", object.contentType());
        assertEquals(sha256, storedSha256(key), "the object holds the bytes hashed while they streamed");
        assertFalse(Files.exists(staged), "the staged file is deleted once the object is confirmed");

        byte[] whole = read(row.id(), null);
        assertEquals(size, whole.length);
        assertEquals(sha256, sha256(whole));
        long first = (5L << 20) - 10; // across the boundary of the first two parts
        byte[] expected = new GeneratedBytes(first, 30, MessageDigest.getInstance("SHA-256")).readAllBytes();
        assertArrayEquals(expected, read(row.id(), "bytes=" + first + "-" + (first + 29)));
        assertArrayEquals(new GeneratedBytes(size - 5, 5, MessageDigest.getInstance("SHA-256")).readAllBytes(),
                read(row.id(), "bytes=-5"));
    }

    /**
     * A large upload goes up while it arrives: each 5 MiB part is sent once staged, so parts are in the store before
     * the last PATCH. A connection cut in the middle of a part keeps what arrived; the resume (its digest recomputed
     * from the staged prefix, as after a restart) sends the rest, and the object's SHA-256 is the file's.
     */
    @Test
    void shouldSendPartsWhileTheUploadArrivesAndResumeAfterACutMidPart() throws Exception {
        long officer = 9_400_001;
        long inspection = Teams.inspection(officer);
        long size = (16L << 20) + 999;
        long cut = (7L << 20) + 12_345; // part 1 whole, part 2 cut in the middle
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        EvidenceRow row = as(officer, () -> evidence.create(inspection, String.valueOf(size), metadata("巡查.mp4", "VIDEO")));
        String key = "evidence/" + row.storagePath();

        as(officer, () -> evidence.append(row.id(), 0L, size, cutAfter(0, cut, sent)));
        assertEquals(cut, records.find(row.id()).orElseThrow().uploadOffset(), "the bytes before the cut are kept");
        assertEquals(List.of(1), partsUnderWay(key, 1), "the whole part was sent before the upload completes");
        assertThrows(NoSuchKeyException.class, () -> head(key), "no object before the upload completes");

        ProblemException wrong = assertThrows(ProblemException.class, () -> as(officer, () -> evidence.append(row.id(),
                cut - 1, 10, new GeneratedBytes(cut - 1, 10, EvidenceStorage.sha256()))));
        assertEquals(409, wrong.status());
        assertEquals("UPLOAD_OFFSET_MISMATCH", wrong.code());
        assertEquals(cut, records.find(row.id()).orElseThrow().uploadOffset());

        digests.forget(row.id());
        long second = (13L << 20) - cut; // part 2 whole, part 3 under way
        as(officer, () -> evidence.append(row.id(), cut, second, new GeneratedBytes(cut, second, sent)));
        assertEquals(List.of(1, 2), partsUnderWay(key, 2));
        as(officer, () -> evidence.append(row.id(), cut + second, size - cut - second,
                new GeneratedBytes(cut + second, size - cut - second, sent)));

        String sha256 = HexFormat.of().formatHex(sent.digest());
        EvidenceRow done = records.find(row.id()).orElseThrow();
        assertTrue(done.complete(), done.state());
        assertEquals(sha256, done.sha256());
        assertEquals(size, head(key).contentLength());
        assertEquals(sha256, storedSha256(key));
        assertEquals(List.of(), partsUnderWay(key, 0), "the multipart upload is complete");
        assertFalse(Files.exists(storage.resolve(row.storagePath())));
    }

    /**
     * A PATCH past Upload-Length (a chunked body: its length shows only as it streams) is refused with 413 and nothing
     * of it kept, though a part was sent from its bytes meanwhile: that part is forgotten, and sent again from the
     * right bytes, so the object is exactly the file.
     */
    @Test
    void shouldForgetAPartSentFromBytesOfARefusedPatch() throws Exception {
        long officer = 9_500_001;
        long inspection = Teams.inspection(officer);
        long size = 12L << 20;
        long first = 4L << 20;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        EvidenceRow row = as(officer, () -> evidence.create(inspection, String.valueOf(size), metadata("巡查.mp4", "VIDEO")));
        String key = "evidence/" + row.storagePath();
        as(officer, () -> evidence.append(row.id(), 0L, first, new GeneratedBytes(0, first, sent)));

        byte[] other = new byte[(int) (size - first + 1)]; // one byte too many, and not the file's bytes
        java.util.Arrays.fill(other, (byte) 7);
        ProblemException tooLong = assertThrows(ProblemException.class, () -> as(officer, () -> evidence.append(row.id(),
                first, -1, new ByteArrayInputStream(other))));
        assertEquals(413, tooLong.status());
        assertEquals("UPLOAD_EXCEEDS_LENGTH", tooLong.code());
        assertEquals(first, records.find(row.id()).orElseThrow().uploadOffset());
        assertEquals(first, Files.size(storage.resolve(row.storagePath())), "nothing of the refused PATCH is staged");
        assertThrows(NoSuchKeyException.class, () -> head(key));

        as(officer, () -> evidence.append(row.id(), first, size - first, new GeneratedBytes(first, size - first, sent)));
        String sha256 = HexFormat.of().formatHex(sent.digest());
        assertEquals(sha256, records.find(row.id()).orElseThrow().sha256());
        assertEquals(sha256, storedSha256(key), "the part sent from the refused bytes is not in the object");
    }

    @Test
    void shouldFindObjectsAlteredOrRemovedBehindTheServicesBack() throws Exception {
        long officer = 9_200_001;
        long inspection = Teams.inspection(officer);
        byte[] bytes = jpeg(80_000, 7);
        EvidenceRow intact = photo(officer, inspection, bytes);
        EvidenceRow altered = photo(officer, inspection, bytes);
        EvidenceRow removed = photo(officer, inspection, bytes);
        assertArrayEquals(bytes, read(intact.id(), null));
        byte[] changed = bytes.clone();
        changed[70_000] ^= 1;
        S3ProxyServer.client().putObject(b -> b.bucket(S3ProxyServer.BUCKET).key(altered.objectKey()),
                RequestBody.fromBytes(changed));
        S3ProxyServer.client().deleteObject(b -> b.bucket(S3ProxyServer.BUCKET).key(removed.objectKey()));

        ProblemException refused = assertThrows(ProblemException.class, () -> read(altered.id(), null));
        assertEquals(409, refused.status());
        assertEquals("EVIDENCE_ALTERED", refused.code());
        assertArrayEquals(bytes, read(intact.id(), null));

        EvidenceRehashJob.Report report = rehash.rehashAll(JobContext.none());
        assertTrue(report.altered().contains(altered.id()), report.toString());
        assertTrue(report.missing().contains(removed.id()), report.toString());
        assertFalse(report.altered().contains(intact.id()) || report.missing().contains(intact.id()), report.toString());
    }

    /**
     * The same with a multipart upload: the parts sent while the upload arrives are refused (the multipart upload with
     * Object Lock cannot be made), which only logs; the completion tries again, fails with 503 and records nothing;
     * the last PATCH sent again to a store that takes it sends every part and completes the upload.
     */
    @Test
    void shouldNotCompleteAMultipartUploadTheStoreRefuses() throws Exception {
        long officer = 9_600_001;
        long inspection = Teams.inspection(officer);
        long size = (11L << 20) + 77;
        long first = 7L << 20;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        try (S3EvidenceStore refusing = refusingStore()) {
            EvidenceService failing = new EvidenceService(records, storage, refusing, digests, settings, teams,
                    currentActor, scopes, links, clock);
            EvidenceRow row = as(officer, () -> failing.create(inspection, String.valueOf(size),
                    metadata("巡查.mp4", "VIDEO")));
            String key = "evidence/" + row.storagePath();
            as(officer, () -> failing.append(row.id(), 0L, first, new GeneratedBytes(0, first, sent)));
            ProblemException refused = assertThrows(ProblemException.class, () -> as(officer, () -> failing.append(
                    row.id(), first, size - first, new GeneratedBytes(first, size - first,
                            EvidenceStorage.sha256()))));
            assertEquals(503, refused.status());
            assertEquals("EVIDENCE_STORE_FAILED", refused.code());
            EvidenceRow after = records.find(row.id()).orElseThrow();
            assertTrue(after.uploading(), after.state());
            assertEquals(first, after.uploadOffset(), "nothing of the refused completion is recorded");
            assertEquals(List.of(), partsUnderWay(key));
            assertThrows(NoSuchKeyException.class, () -> head(key));

            as(officer, () -> evidence.append(row.id(), first, size - first, new GeneratedBytes(first, size - first, sent)));
            String sha256 = HexFormat.of().formatHex(sent.digest());
            EvidenceRow done = records.find(row.id()).orElseThrow();
            assertTrue(done.complete(), done.state());
            assertEquals(sha256, done.sha256());
            assertEquals(sha256, storedSha256(key));
        }
    }

    /**
     * A store that refuses the object (here: Object Lock asked of a store without it; S3Proxy answers the retention
     * headers with 501) fails the completion with 503 EVIDENCE_STORE_FAILED: nothing recorded as complete, the staged bytes
     * kept, and the last PATCH sent again completes the upload once the store takes it.
     */
    @Test
    void shouldNotCompleteAnUploadTheStoreRefuses() throws Exception {
        long officer = 9_300_001;
        long inspection = Teams.inspection(officer);
        byte[] bytes = jpeg(100_000, 11);
        try (S3EvidenceStore refusing = refusingStore()) {
            EvidenceService failing = new EvidenceService(records, storage, refusing, digests, settings, teams,
                    currentActor, scopes, links, clock);
            EvidenceRow row = as(officer, () -> failing.create(inspection, String.valueOf(bytes.length),
                    metadata("门头.jpg", "PHOTO")));
            as(officer, () -> failing.append(row.id(), 0L, 60_000, new ByteArrayInputStream(bytes, 0, 60_000)));
            ProblemException refused = assertThrows(ProblemException.class, () -> as(officer, () -> failing.append(
                    row.id(), 60_000L, 40_000, new ByteArrayInputStream(bytes, 60_000, 40_000))));
            assertEquals(503, refused.status());
            assertEquals("EVIDENCE_STORE_FAILED", refused.code());
            EvidenceRow after = records.find(row.id()).orElseThrow();
            assertTrue(after.uploading(), after.state());
            assertEquals(60_000, after.uploadOffset(), "nothing of the refused completion is recorded");
            assertEquals(null, after.objectKey());
            assertTrue(Files.exists(storage.resolve(row.storagePath())), "the staged bytes are kept");

            as(officer, () -> evidence.append(row.id(), 60_000L, 40_000, new ByteArrayInputStream(bytes, 60_000, 40_000)));
            EvidenceRow done = records.find(row.id()).orElseThrow();
            assertTrue(done.complete(), done.state());
            assertEquals(sha256(bytes), done.sha256());
            assertArrayEquals(bytes, read(row.id(), null));
        }
    }
}
