package cn.zhifa.platform.jobs;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Rows of {@code shr_job_run}. */
@Mapper
public interface JobRunMapper {
    int insertRun(@Param("jobName") String jobName, @Param("runKey") String runKey,
                  @Param("instanceId") String instanceId, @Param("startedAtMs") long startedAtMs);
}
