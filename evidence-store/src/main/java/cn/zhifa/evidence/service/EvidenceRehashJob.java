package cn.zhifa.evidence.service;

import cn.zhifa.evidence.mapper.EvidenceMapper;
import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.jobs.JobHandler;
import cn.zhifa.platform.jobs.JobQueue;
import cn.zhifa.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Hashes every stored evidence file again (streamed from its {@link EvidenceStore}) and compares it with the SHA-256 recorded at upload (job {@value #KIND},
 * queued every {@code zhifa.evidence.rehash.interval-hours} by {@link EvidenceHousekeeping}): an altered or missing
 * file is logged SEVERE and recorded as an audit event {@code EVIDENCE_ALTERED} ({@link EvidenceRecords#intact}, the
 * judgement every full read and the archive make too); the run is kept in
 * {@code evd_rehash_run} (how many checked, altered, missing, the first ids). Safe to run again.
 */
@ApplicationScoped
public class EvidenceRehashJob implements JobHandler {
    static final String KIND = "evidence.rehash";
    private static final int PAGE = 500;
    private static final int REPORTED_IDS = 100;

    private final EvidenceMapper mapper;
    private final EvidenceRecords records;
    private final EvidenceStore store;
    private final EvidenceSettings settings;
    private final JobQueue queue;
    private final Clock clock;

    @Inject
    public EvidenceRehashJob(EvidenceMapper mapper, EvidenceRecords records, EvidenceStore store,
                             EvidenceSettings settings, JobQueue queue, Clock clock) {
        this.mapper = mapper;
        this.records = records;
        this.store = store;
        this.settings = settings;
        this.queue = queue;
        this.clock = clock;
    }

    /** What one run found. */
    public record Report(long checked, List<Long> altered, List<Long> missing) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job, JobContext context) {
        long startedAt = clock.millis();
        Report report = rehashAll(context);
        List<Long> first = new ArrayList<>(report.altered());
        first.addAll(report.missing());
        records.rehashRun(job.id(), startedAt, report.checked(), report.altered().size(), report.missing().size(),
                first.stream().limit(REPORTED_IDS).map(String::valueOf).collect(Collectors.joining(",")));
        return "{\"checked\":" + report.checked() + ",\"altered\":" + report.altered().size() + ",\"missing\":"
                + report.missing().size() + "}";
    }

    Report rehashAll(JobContext context) {
        long checked = 0;
        List<Long> altered = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        long after = 0;
        for (List<EvidenceRow> page = mapper.completedAfter(after, PAGE); !page.isEmpty();
             page = mapper.completedAfter(after, PAGE)) {
            for (EvidenceRow row : page) {
                String stored = store.sha256Of(row);
                checked++;
                if (!records.intact(row, stored, store.describe(row))) {
                    (stored == null ? missing : altered).add(row.id());
                }
                after = row.id();
            }
            context.phase("checked " + checked);
        }
        return new Report(checked, List.copyOf(altered), List.copyOf(missing));
    }

    /** Queues a run when none finished within the interval (never when the interval is 0); true when queued. */
    public boolean queueIfDue() {
        long interval = settings.rehashIntervalMs();
        if (interval == 0) {
            return false;
        }
        boolean due = mapper.lastRehashFinishedAt().map(last -> last <= clock.millis() - interval).orElse(true);
        return due && queue.enqueue(KIND, KIND, "{}", Actor.SYSTEM).created();
    }
}
