package cn.zhifa.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The {@link EvidenceStore} that {@code zhifa.evidence.store} names: {@code file} (default) or {@code s3}. */
@ApplicationScoped
public class EvidenceStores {

    @Produces
    @ApplicationScoped
    EvidenceStore store(EvidenceSettings settings, EvidenceStorage storage, Clock clock) {
        return switch (settings.store()) {
            case FILE -> new FileEvidenceStore(storage);
            case S3 -> new S3EvidenceStore(settings.s3(), settings.retentionYears(), settings.digestCacheSize(),
                    storage, clock);
        };
    }

    void close(@Disposes EvidenceStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
