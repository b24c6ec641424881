/**
 * Work shared by several server instances on one database: {@link cn.zhifa.platform.jobs.JobRuns} claims the
 * run of a scheduled job once per period; {@link cn.zhifa.platform.jobs.JobQueue} and
 * {@link cn.zhifa.platform.jobs.JobWorker} are a job queue (claim with SELECT … FOR UPDATE SKIP LOCKED, lease
 * and heartbeat) whose jobs any instance with a {@link cn.zhifa.platform.jobs.JobHandler} for their kind takes.
 */
package cn.zhifa.platform.jobs;
