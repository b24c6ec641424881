-- Shared tables (prefix shr_): dictionaries, the tamper-evident audit record, idempotency keys and
-- cluster-wide job runs. Every service may read these; only the platform writes them.
-- Portable between MySQL 8 / MariaDB 10.6+ and H2 in MySQL mode: no JSON type, no engine options.

CREATE TABLE shr_division (
    code        CHAR(6)      NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    parent_code CHAR(6),
    level_no    SMALLINT     NOT NULL,
    PRIMARY KEY (code)
);
CREATE INDEX ix_shr_division_parent ON shr_division (parent_code);

CREATE TABLE shr_agency (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    name_en     VARCHAR(128),
    parent_code VARCHAR(32),
    area_code   CHAR(6)      NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_shr_agency_area FOREIGN KEY (area_code) REFERENCES shr_division (code)
);
CREATE INDEX ix_shr_agency_parent ON shr_agency (parent_code);

-- 执法类别
CREATE TABLE shr_enforcement_category (
    code    VARCHAR(32) NOT NULL,
    name    VARCHAR(64) NOT NULL,
    name_en VARCHAR(64) NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE shr_training_category (
    code    VARCHAR(32) NOT NULL,
    name    VARCHAR(64) NOT NULL,
    name_en VARCHAR(64) NOT NULL,
    PRIMARY KEY (code)
);

-- 抽查结果
CREATE TABLE shr_result_code (
    code    VARCHAR(32)  NOT NULL,
    name    VARCHAR(128) NOT NULL,
    name_en VARCHAR(128) NOT NULL,
    PRIMARY KEY (code)
);

-- 全过程记录: a hash chain. Instants are epoch milliseconds so that what is hashed never depends on a
-- driver's handling of fractional seconds.
CREATE TABLE shr_audit_event (
    seq            BIGINT       NOT NULL,
    occurred_at_ms BIGINT       NOT NULL,
    actor_subject  VARCHAR(128) NOT NULL,
    actor_role     VARCHAR(32)  NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    entity_type    VARCHAR(64)  NOT NULL,
    entity_id      VARCHAR(128) NOT NULL,
    summary        TEXT         NOT NULL,
    reason         VARCHAR(1024),
    prev_hash      CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL,
    PRIMARY KEY (seq)
);
CREATE INDEX ix_shr_audit_event_entity ON shr_audit_event (entity_type, entity_id, seq);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every writer so that two
-- transactions, on one server or several, can never fork the chain.
CREATE TABLE shr_audit_head (
    id             SMALLINT NOT NULL,
    seq            BIGINT   NOT NULL,
    hash           CHAR(64) NOT NULL,
    occurred_at_ms BIGINT   NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO shr_audit_head (id, seq, hash, occurred_at_ms)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

CREATE TABLE shr_idempotency_key (
    subject         VARCHAR(128) NOT NULL,
    idem_key        VARCHAR(128) NOT NULL,
    http_method     VARCHAR(8)   NOT NULL,
    request_path    VARCHAR(512) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    response_status INT,
    response_type   VARCHAR(128),
    response_body   MEDIUMTEXT,
    created_at_ms   BIGINT       NOT NULL,
    PRIMARY KEY (subject, idem_key)
);
CREATE INDEX ix_shr_idempotency_key_created ON shr_idempotency_key (created_at_ms);

-- One row per run of a scheduled job (e.g. the daily credential expiry for one date): the instance
-- whose insert succeeds runs it, every other instance skips.
CREATE TABLE shr_job_run (
    job_name      VARCHAR(64)  NOT NULL,
    run_key       VARCHAR(64)  NOT NULL,
    instance_id   VARCHAR(128) NOT NULL,
    started_at_ms BIGINT       NOT NULL,
    PRIMARY KEY (job_name, run_key)
);
