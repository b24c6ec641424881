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
 * hashed again.
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
            @ConfigProperty(name = "zhifa.evidence.rehash.interval-hours", defaultValue = "24") long rehashIntervalHours) {
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

    /** How often every stored file is hashed again; 0: never (only reads re-hash). */
    public long rehashIntervalMs() {
        return rehashIntervalMs;
    }
}
