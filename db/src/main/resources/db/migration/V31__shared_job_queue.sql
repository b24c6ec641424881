-- A job queue shared by every instance of every service (issue #8): long work (a draw of a large plan) is
-- enqueued here and any instance with a handler for its kind takes it. A worker claims the oldest queued
-- job with SELECT ... FOR UPDATE SKIP LOCKED (MySQL 8, MariaDB 10.6+ and H2 2.x all have it) and marks it
-- RUNNING with its instance id, a heartbeat and the attempt number in the same short transaction; a job
-- whose heartbeat is older than the lease (its instance died) is claimed again by another instance.
-- Portable between MySQL 8 / MariaDB 10.6+ and H2 in MySQL mode: no JSON type, no engine options.

CREATE TABLE shr_job (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    kind             VARCHAR(64)   NOT NULL,
    -- what the job works on, e.g. plan:12; while the job is QUEUED or RUNNING live_key holds the same value
    -- and its unique index allows one live job per subject (NULLs do not collide in MySQL nor H2)
    subject_key      VARCHAR(128),
    live_key         VARCHAR(160),
    payload          MEDIUMTEXT    NOT NULL,
    -- QUEUED, RUNNING, DONE, REFUSED (a business refusal), FAILED (an error, or the lease expired too often)
    state            VARCHAR(16)   NOT NULL,
    phase            VARCHAR(32)   NOT NULL,
    requested_by     VARCHAR(128)  NOT NULL,
    requested_roles  VARCHAR(256)  NOT NULL,
    instance_id      VARCHAR(128),
    attempts         INT           NOT NULL,
    created_at_ms    BIGINT        NOT NULL,
    started_at_ms    BIGINT,
    heartbeat_at_ms  BIGINT,
    ended_at_ms      BIGINT,
    result           MEDIUMTEXT,
    problem_status   INT,
    problem_code     VARCHAR(64),
    -- the problem as JSON (code, arguments, violations), so that a refusal can be answered again exactly
    problem_detail   MEDIUMTEXT,
    CONSTRAINT pk_shr_job PRIMARY KEY (id),
    CONSTRAINT uq_shr_job_live UNIQUE (live_key)
);
CREATE INDEX ix_shr_job_claim ON shr_job (state, kind, id);
CREATE INDEX ix_shr_job_subject ON shr_job (subject_key, id);
