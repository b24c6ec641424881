package cn.zhifa.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import cn.zhifa.platform.contract.InspectionTeams;

import java.time.Clock;


/**
 * The {@link EvidenceStore} that {@code zhifa.evidence.store} names: {@code file} (default) or {@code s3}, which locks
 * each object for the retention period of its inspection's matters (asked of the planner, {@link InspectionTeams}).
 */
@ApplicationScoped
public class EvidenceStores {

    @Produces
    @ApplicationScoped
    EvidenceStore store(EvidenceSettings settings, EvidenceStorage storage, InspectionTeams teams, Clock clock) {
        return switch (settings.store()) {
            case FILE -> new FileEvidenceStore(storage);
            case S3 -> new S3EvidenceStore(settings.s3(), teams::retentionYears, settings.digestCacheSize(),
                    storage, clock);
        };
    }

    void close(@Disposes EvidenceStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
