package cn.zhifa.app;

import cn.zhifa.db.DatabaseSettings;
import cn.zhifa.platform.audit.AuditQueries;
import cn.zhifa.platform.demo.DemoDataSet;
import cn.zhifa.platform.jobs.JobRuns;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads every module's demo data set into a database in which nothing has happened yet (the audit
 * chain is empty), when {@code zhifa.demo.enabled} is on: by default on the embedded database, off on
 * MySQL. Several instances starting together load it once.
 */
@ApplicationScoped
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    private final boolean enabled;
    private final AuditQueries audit;
    private final JobRuns jobRuns;
    private final Instance<DemoDataSet> sets;

    @Inject
    public DemoDataLoader(@ConfigProperty(name = "zhifa.demo.enabled") Optional<Boolean> enabled,
                          DatabaseSettings database, AuditQueries audit, JobRuns jobRuns, Instance<DemoDataSet> sets) {
        this.enabled = enabled.orElse(database.embedded());
        this.audit = audit;
        this.jobRuns = jobRuns;
        this.sets = sets;
    }

    void load(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled || audit.head().seq() > 0 || !jobRuns.claim("demo-data", "v1")) {
            return;
        }
        sets.stream().sorted(Comparator.comparingInt(DemoDataSet::order)).forEach(set -> {
            long start = System.nanoTime();
            set.load();
            LOG.info(() -> "Demo data loaded: " + set.name() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        });
    }
}
