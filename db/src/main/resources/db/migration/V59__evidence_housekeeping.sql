-- evidence-store housekeeping (issue 17). last_activity_at_ms: when bytes of an upload last arrived (its creation
-- until the first PATCH), so an upload left unfinished for zhifa.evidence.abandoned-after-hours is found and its file
-- deleted (state ABANDONED). A file whose sniffed media type its kind does not accept is deleted at once (REFUSED).
ALTER TABLE evd_evidence ADD COLUMN last_activity_at_ms BIGINT NOT NULL DEFAULT 0;
UPDATE evd_evidence SET last_activity_at_ms = COALESCE(uploaded_at_ms, created_at_ms);
CREATE INDEX ix_evd_evidence_state_activity ON evd_evidence (state, last_activity_at_ms);

-- Each run of the job that hashes every stored file again and compares it with the SHA-256 recorded at upload:
-- when it ran, how many files it checked, how many were altered or missing, and the first of their ids (each one
-- is also an audit event EVIDENCE_ALTERED). The newest finished run decides when the next is due.
CREATE TABLE evd_rehash_run (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    job_id          BIGINT        NOT NULL,
    started_at_ms   BIGINT        NOT NULL,
    finished_at_ms  BIGINT        NOT NULL,
    checked         BIGINT        NOT NULL,
    altered         BIGINT        NOT NULL,
    missing         BIGINT        NOT NULL,
    first_ids       VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_evd_rehash_run PRIMARY KEY (id)
);
CREATE INDEX ix_evd_rehash_run_finished ON evd_rehash_run (finished_at_ms);
