package cn.zhifa.platform.probe;

import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.jobs.JobRunMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.util.Map;
import java.util.UUID;

/** A test-only service that writes two tables in one transaction, and can fail after writing. */
@ApplicationScoped
public class ProbeService {
    @Inject
    JobRunMapper jobRuns;
    @Inject
    AuditLog audit;

    @Transactional(rollbackFor = Exception.class)
    public String write(String marker, boolean failAfterWriting) throws Exception {
        String runKey = marker + "-" + UUID.randomUUID();
        jobRuns.insertRun("probe", runKey, "test", 0);
        audit.record("PROBE_WRITTEN", "probe", runKey, Map.of("marker", marker), null);
        if (failAfterWriting) {
            throw new Exception("failure after two writes");
        }
        return runKey;
    }
}
