package cn.zhifa.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;
import cn.zhifa.db.DuplicateKeys;

import java.time.Clock;

/**
 * Claims a run of a scheduled job: the primary key (job, run key) lets exactly one instance insert,
 * so a daily job keyed by its date runs once however many instances fire it.
 */
@ApplicationScoped
public class JobRuns {
    private final JobRunMapper mapper;
    private final Clock clock;
    private final String instanceId;

    @Inject
    public JobRuns(JobRunMapper mapper, Clock clock, JobSettings settings) {
        this.mapper = mapper;
        this.clock = clock;
        this.instanceId = settings.instanceId();
    }

    /** True for the one caller that gets the run; false for every other caller, on any instance. */
    @Transactional(rollbackFor = Exception.class)
    public boolean claim(String jobName, String runKey) {
        try {
            return mapper.insertRun(jobName, runKey, instanceId, clock.millis()) == 1;
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
