package cn.zhifa.evidence.service;

import cn.zhifa.evidence.domain.EvidenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every setting of evidence-store, read in this one place ({@code zhifa.evidence.*}; docs/evidence.md lists
 * them): where files are kept, the largest upload and the media types accepted of each kind, how many in-progress
 * digests are kept, and the housekeeping: when an unfinished upload counts as abandoned and how often stored files are
 * hashed again, how long a link to stream a file lasts; which store keeps completed evidence (the files under the data directory, or an S3-compatible object
 * store: {@code zhifa.evidence.s3.*}) and for how many years it is kept.
 */
@ApplicationScoped
public class EvidenceSettings {
    private final Path directory;
    private final Map<EvidenceKind, Long> maxBytes;
    private final Map<EvidenceKind, Set<String>> types;
    private final int digestCacheSize;
    private final long abandonedAfterMs;
    private final long housekeepingIntervalMs;
    private final long rehashIntervalMs;
    private final long linkSeconds;
    private final Store store;
    private final S3 s3;

    /** Where completed evidence is kept. */
    public enum Store { FILE, S3 }

    /**
     * The object store's settings ({@code zhifa.evidence.s3.*}); the secret key is never part of {@link #toString()}.
     *
     * @param endpoint  the store's URL (null: AWS itself, from the region)
     * @param accessKey null: the SDK's default credential chain (environment, profile, instance role)
     * @param prefix    put before {@code <inspectionId>/<evidenceId>.bin} in each object key
     * @param partBytes files larger than this go up in a multipart upload of parts this size (at least 5 MiB)
     * @param objectLock each object is put with an Object Lock retention in COMPLIANCE mode until upload + retention
     * @param checksum  how each PUT and part proves its bytes to the store: {@code sha256} (x-amz-checksum-sha256) or
     *                  {@code md5} (Content-MD5, for stores without the newer checksums)
     * @param parallelParts how many parts (or single PUTs) are sent at once across all uploads; each holds its part in
     *                  the heap while it is sent
     */
    public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, String prefix,
                     boolean pathStyle, long partBytes, boolean objectLock, String checksum, int parallelParts) {
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                    + ", pathStyle=" + pathStyle + ", partBytes=" + partBytes + ", objectLock=" + objectLock
                    + ", checksum=" + checksum + ", parallelParts=" + parallelParts
                    + ", credentials=" + (accessKey == null ? "default chain" : "configured") + "]";
        }
    }

    @Inject
    public EvidenceSettings(
            @ConfigProperty(name = "zhifa.data-dir", defaultValue = "data") String dataDir,
            @ConfigProperty(name = "zhifa.evidence.dir") Optional<String> directory,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.photo", defaultValue = "52428800") long photo,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.video", defaultValue = "4294967296") long video,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.audio", defaultValue = "1073741824") long audio,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.document", defaultValue = "104857600") long document,
            @ConfigProperty(name = "zhifa.evidence.types.photo",
                    defaultValue = "image/jpeg,image/png,image/heic,image/heif,image/webp") String photoTypes,
            @ConfigProperty(name = "zhifa.evidence.types.video",
                    defaultValue = "video/mp4,video/quicktime,video/3gpp,video/webm,application/x-matroska") String videoTypes,
            @ConfigProperty(name = "zhifa.evidence.types.audio",
                    defaultValue = "audio/mpeg,audio/mp4,audio/vnd.wave,audio/amr,audio/ogg,audio/webm") String audioTypes,
            @ConfigProperty(name = "zhifa.evidence.types.document",
                    defaultValue = "application/pdf,image/jpeg,image/png") String documentTypes,
            @ConfigProperty(name = "zhifa.evidence.digest-cache-size", defaultValue = "512") int digestCacheSize,
            @ConfigProperty(name = "zhifa.evidence.abandoned-after-hours", defaultValue = "72") long abandonedAfterHours,
            @ConfigProperty(name = "zhifa.evidence.housekeeping.interval-minutes", defaultValue = "60")
            long housekeepingIntervalMinutes,
            @ConfigProperty(name = "zhifa.evidence.rehash.interval-hours", defaultValue = "24") long rehashIntervalHours,
            @ConfigProperty(name = "zhifa.evidence.link-seconds", defaultValue = "300") long linkSeconds,
            @ConfigProperty(name = "zhifa.evidence.store", defaultValue = "file") String store,
            @ConfigProperty(name = "zhifa.evidence.s3.endpoint") Optional<String> s3Endpoint,
            @ConfigProperty(name = "zhifa.evidence.s3.region", defaultValue = "us-east-1") String s3Region,
            @ConfigProperty(name = "zhifa.evidence.s3.bucket") Optional<String> s3Bucket,
            @ConfigProperty(name = "zhifa.evidence.s3.access-key") Optional<String> s3AccessKey,
            @ConfigProperty(name = "zhifa.evidence.s3.secret-key") Optional<String> s3SecretKey,
            @ConfigProperty(name = "zhifa.evidence.s3.prefix", defaultValue = "evidence/") String s3Prefix,
            @ConfigProperty(name = "zhifa.evidence.s3.path-style", defaultValue = "true") boolean s3PathStyle,
            @ConfigProperty(name = "zhifa.evidence.s3.part-size-mb", defaultValue = "16") int s3PartSizeMb,
            @ConfigProperty(name = "zhifa.evidence.s3.object-lock", defaultValue = "false") boolean s3ObjectLock,
            @ConfigProperty(name = "zhifa.evidence.s3.checksum", defaultValue = "sha256") String s3Checksum,
            @ConfigProperty(name = "zhifa.evidence.s3.parallel-parts", defaultValue = "2") int s3ParallelParts) {
        this.directory = directory.map(Path::of).orElse(Path.of(dataDir, "evidence")).toAbsolutePath();
        Map<EvidenceKind, Long> limits = new EnumMap<>(EvidenceKind.class);
        limits.put(EvidenceKind.PHOTO, positive("photo", photo));
        limits.put(EvidenceKind.VIDEO, positive("video", video));
        limits.put(EvidenceKind.AUDIO, positive("audio", audio));
        limits.put(EvidenceKind.DOCUMENT, positive("document", document));
        this.maxBytes = Collections.unmodifiableMap(limits);
        Map<EvidenceKind, Set<String>> accepted = new EnumMap<>(EvidenceKind.class);
        accepted.put(EvidenceKind.PHOTO, types("photo", photoTypes));
        accepted.put(EvidenceKind.VIDEO, types("video", videoTypes));
        accepted.put(EvidenceKind.AUDIO, types("audio", audioTypes));
        accepted.put(EvidenceKind.DOCUMENT, types("document", documentTypes));
        this.types = Collections.unmodifiableMap(accepted);
        this.digestCacheSize = (int) positive("digest-cache-size", digestCacheSize);
        this.abandonedAfterMs = positive("abandoned-after-hours", abandonedAfterHours) * 3_600_000L;
        this.housekeepingIntervalMs = positive("housekeeping.interval-minutes", housekeepingIntervalMinutes) * 60_000L;
        if (rehashIntervalHours < 0) {
            throw new IllegalArgumentException("zhifa.evidence.rehash.interval-hours must not be negative");
        }
        this.rehashIntervalMs = rehashIntervalHours * 3_600_000L;
        this.linkSeconds = positive("link-seconds", linkSeconds);
        this.store = switch (store.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "file" -> Store.FILE;
            case "s3" -> Store.S3;
            default -> throw new IllegalArgumentException("zhifa.evidence.store must be file or s3: " + store);
        };
        if (s3PartSizeMb < 5) {
            throw new IllegalArgumentException("zhifa.evidence.s3.part-size-mb must be at least 5 (S3's smallest part): "
                    + s3PartSizeMb);
        }
        if (this.store == Store.S3 && s3Bucket.filter(b -> !b.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("zhifa.evidence.store=s3 needs zhifa.evidence.s3.bucket");
        }
        if (s3AccessKey.isPresent() != s3SecretKey.isPresent()) {
            throw new IllegalArgumentException(
                    "zhifa.evidence.s3.access-key and zhifa.evidence.s3.secret-key go together (or neither: the default chain)");
        }
        this.s3 = new S3(s3Endpoint.filter(e -> !e.isBlank()).orElse(null), s3Region, s3Bucket.orElse(null),
                s3AccessKey.orElse(null), s3SecretKey.orElse(null), s3Prefix, s3PathStyle, s3PartSizeMb * 1024L * 1024L,
                s3ObjectLock, checksum(s3Checksum), (int) positive("s3.parallel-parts", s3ParallelParts));
    }

    private static String checksum(String value) {
        String checksum = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!checksum.equals("sha256") && !checksum.equals("md5")) {
            throw new IllegalArgumentException("zhifa.evidence.s3.checksum must be sha256 or md5: " + value);
        }
        return checksum;
    }

    private static Set<String> types(String kind, String list) {
        Set<String> parsed = Stream.of(list.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (parsed.isEmpty() || parsed.stream().anyMatch(t -> !t.matches("[a-z0-9.+-]+/[a-z0-9.+-]+"))) {
            throw new IllegalArgumentException("zhifa.evidence.types." + kind
                    + " must list media types such as image/jpeg: " + list);
        }
        return parsed;
    }

    private static long positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("zhifa.evidence." + name + " must be positive: " + value);
        }
        return value;
    }

    /** The root of the evidence files ({@code ${zhifa.data-dir}/evidence} unless {@code zhifa.evidence.dir}). */
    public Path directory() {
        return directory;
    }

    public long maxBytes(EvidenceKind kind) {
        return maxBytes.get(kind);
    }

    /** The largest upload of any kind: the {@code Tus-Max-Size} advertised. */
    public long largestMaxBytes() {
        return maxBytes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    public int digestCacheSize() {
        return digestCacheSize;
    }

    /** Whether a file of that kind may be of that (sniffed) media type. */
    public boolean accepts(EvidenceKind kind, String mediaType) {
        return types.get(kind).contains(mediaType);
    }

    /** An upload whose bytes stopped coming this long ago is abandoned: its file is deleted. */
    public long abandonedAfterMs() {
        return abandonedAfterMs;
    }

    /** How often an instance looks whether housekeeping (clean-up, re-hash) is due. */
    public long housekeepingIntervalMs() {
        return housekeepingIntervalMs;
    }

    /** Where completed evidence is kept ({@code zhifa.evidence.store}, default file). */
    public Store store() {
        return store;
    }

    public S3 s3() {
        return s3;
    }

    /** How long a link to stream one file opens it ({@code zhifa.evidence.link-seconds}, default 300). */
    public long linkSeconds() {
        return linkSeconds;
    }

    /** How often every stored file is hashed again; 0: never (only reads re-hash). */
    public long rehashIntervalMs() {
        return rehashIntervalMs;
    }
}
