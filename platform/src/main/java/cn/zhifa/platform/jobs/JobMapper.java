package cn.zhifa.platform.jobs;

import cn.zhifa.db.GeneratedKey;
import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Collection;
import java.util.Optional;

/** Rows of {@code shr_job}; every write of a worker is fenced by (instance, attempt) and state RUNNING. */
@Mapper
public interface JobMapper {
    void insert(@Param("key") GeneratedKey key, @Param("kind") String kind, @Param("subjectKey") String subjectKey,
                @Param("payload") String payload, @Param("requestedBy") String requestedBy,
                @Param("requestedRoles") String requestedRoles, @Param("requestedAgency") String requestedAgency,
                @Param("nowMs") long nowMs);

    Optional<Job> find(@Param("id") long id);

    Optional<Job> findLive(@Param("subjectKey") String subjectKey);

    /** The oldest claimable job of these kinds, locked, skipping rows other transactions hold. */
    Optional<Job> lockNext(@Param("kinds") Collection<String> kinds, @Param("staleBeforeMs") long staleBeforeMs);

    int markRunning(@Param("id") long id, @Param("instanceId") String instanceId, @Param("nowMs") long nowMs);

    int heartbeat(@Param("id") long id, @Param("instanceId") String instanceId, @Param("attempts") int attempts,
                  @Param("phase") String phase, @Param("nowMs") long nowMs);

    int finish(@Param("id") long id, @Param("instanceId") String instanceId, @Param("attempts") int attempts,
               @Param("state") String state, @Param("result") String result,
               @Param("problemStatus") Integer problemStatus, @Param("problemCode") String problemCode,
               @Param("problemDetail") String problemDetail, @Param("nowMs") long nowMs);

    /** Ends a stale job that has had all its attempts, whoever held it. */
    int expire(@Param("id") long id, @Param("attempts") int attempts, @Param("problemDetail") String problemDetail,
               @Param("nowMs") long nowMs);
}
