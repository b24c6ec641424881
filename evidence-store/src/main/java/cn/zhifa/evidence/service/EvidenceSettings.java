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

/**
 * Every setting of evidence-store, read in this one place ({@code zhifa.evidence.*}; docs/evidence.md lists
 * them): where files are kept, the largest upload of each kind, and how many in-progress digests are kept.
 */
@ApplicationScoped
public class EvidenceSettings {
    private final Path directory;
    private final Map<EvidenceKind, Long> maxBytes;
    private final int digestCacheSize;

    @Inject
    public EvidenceSettings(
            @ConfigProperty(name = "zhifa.data-dir", defaultValue = "data") String dataDir,
            @ConfigProperty(name = "zhifa.evidence.dir") Optional<String> directory,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.photo", defaultValue = "52428800") long photo,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.video", defaultValue = "4294967296") long video,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.audio", defaultValue = "1073741824") long audio,
            @ConfigProperty(name = "zhifa.evidence.max-bytes.document", defaultValue = "104857600") long document,
            @ConfigProperty(name = "zhifa.evidence.digest-cache-size", defaultValue = "512") int digestCacheSize) {
        this.directory = directory.map(Path::of).orElse(Path.of(dataDir, "evidence")).toAbsolutePath();
        Map<EvidenceKind, Long> limits = new EnumMap<>(EvidenceKind.class);
        limits.put(EvidenceKind.PHOTO, positive("photo", photo));
        limits.put(EvidenceKind.VIDEO, positive("video", video));
        limits.put(EvidenceKind.AUDIO, positive("audio", audio));
        limits.put(EvidenceKind.DOCUMENT, positive("document", document));
        this.maxBytes = Collections.unmodifiableMap(limits);
        this.digestCacheSize = (int) positive("digest-cache-size", digestCacheSize);
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
}
