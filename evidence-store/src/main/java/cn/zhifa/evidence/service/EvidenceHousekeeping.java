package cn.zhifa.evidence.service;

import cn.zhifa.evidence.mapper.EvidenceMapper;
import cn.zhifa.evidence.mapper.EvidenceRow;
import cn.zhifa.platform.jobs.Job;
import cn.zhifa.platform.jobs.JobContext;
import cn.zhifa.platform.jobs.JobHandler;
import cn.zhifa.platform.jobs.JobQueue;
import cn.zhifa.platform.jobs.Sweep;
import cn.zhifa.platform.security.Actor;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the files of abandoned uploads (job {@value #KIND}): an upload no byte of which arrived for
 * {@code zhifa.evidence.abandoned-after-hours} ends ABANDONED with an audit event, its file deleted. Every
 * {@code zhifa.evidence.housekeeping.interval-minutes} each instance looks whether there is one and queues the job
 * (one live at a time across instances); the same sweep queues the re-hash ({@link EvidenceRehashJob}) when due.
 * An upload whose PATCH is running holds its file's lock and is left alone.
 */
@ApplicationScoped
public class EvidenceHousekeeping implements JobHandler {
    static final String KIND = "evidence.abandoned";
    private static final int PAGE = 200;
    private static final Logger LOG = Logger.getLogger(EvidenceHousekeeping.class.getName());

    private final EvidenceMapper mapper;
    private final EvidenceRecords records;
    private final EvidenceStorage storage;
    private final UploadDigests digests;
    private final EvidenceSettings settings;
    private final EvidenceRehashJob rehash;
    private final JobQueue queue;
    private final Clock clock;
    private final boolean enabled;
    private Sweep sweep;

    @Inject
    public EvidenceHousekeeping(EvidenceMapper mapper, EvidenceRecords records, EvidenceStorage storage,
                                UploadDigests digests, EvidenceSettings settings, EvidenceRehashJob rehash,
                                JobQueue queue, Clock clock,
                                @ConfigProperty(name = "zhifa.evidence.housekeeping.enabled", defaultValue = "true")
                                boolean enabled) {
        this.mapper = mapper;
        this.records = records;
        this.storage = storage;
        this.digests = digests;
        this.settings = settings;
        this.rehash = rehash;
        this.queue = queue;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String run(Job job, JobContext context) {
        return "{\"abandoned\":" + cleanUp() + "}";
    }

    /** Ends every upload idle past the limit and deletes its file; the count of those ended. */
    public int cleanUp() {
        long idleSince = clock.millis() - settings.abandonedAfterMs();
        int ended = 0;
        long skipped = 0;
        List<EvidenceRow> page = mapper.abandoned(idleSince, PAGE);
        while (!page.isEmpty()) {
            for (EvidenceRow row : page) {
                if (abandon(row, idleSince)) {
                    ended++;
                } else {
                    skipped++;
                }
            }
            if (skipped >= page.size()) {
                break;
            }
            skipped = 0;
            page = mapper.abandoned(idleSince, PAGE);
        }
        return ended;
    }

    private boolean abandon(EvidenceRow row, long idleSince) {
        Path file = storage.resolve(row.storagePath());
        try (FileChannel channel = storage.openForAppend(file); FileLock lock = tryLock(channel)) {
            if (lock == null || !records.abandon(row, idleSince)) {
                return false;
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            if (!records.abandon(row, idleSince)) {
                return false;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Abandoned upload " + row.id() + " could not be cleaned up; the next sweep tries again", e);
            return false;
        }
        digests.forget(row.id());
        storage.delete(file);
        LOG.info(() -> "Evidence upload " + row.id() + " abandoned at " + row.uploadOffset() + " of "
                + row.uploadLength() + " bytes: file deleted");
        return true;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException busy) {
            return null;
        }
    }

    /** Queues the clean-up if an upload is idle past the limit, and the re-hash if it is due. */
    public void sweep() {
        if (!mapper.abandoned(clock.millis() - settings.abandonedAfterMs(), 1).isEmpty()) {
            queue.enqueue(KIND, KIND, "{}", Actor.SYSTEM);
        }
        rehash.queueIfDue();
    }

    void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            sweep = Sweep.every(KIND, settings.housekeepingIntervalMs(), this::sweep);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.close();
        }
    }
}
