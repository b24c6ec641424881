-- Issue 17: a result feeds the target directory. A problem found (a NONCONFORMS finding in the field record, or a
-- result code whose dictionary entry has problem = TRUE) proposes the next higher risk level for the target; the
-- planner of the matter's agency accepts (the target's level changes, history kept) or rejects it with a reason.
-- state: PROPOSED, ACCEPTED, REJECTED, WITHDRAWN (the result was corrected to one without a problem before a decision).
CREATE TABLE insp_risk_proposal (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    credit_code     CHAR(18)      NOT NULL,
    from_level      VARCHAR(16)   NOT NULL,
    proposed_level  VARCHAR(16)   NOT NULL,
    inspection_id   BIGINT        NOT NULL,
    matter_id       BIGINT        NOT NULL,
    agency_code     VARCHAR(32),
    cause           VARCHAR(16)   NOT NULL,
    result_code     VARCHAR(32),
    state           VARCHAR(16)   NOT NULL,
    created_at_ms   BIGINT        NOT NULL,
    decided_by      VARCHAR(128),
    decided_at_ms   BIGINT,
    reason          VARCHAR(500),
    CONSTRAINT pk_insp_risk_proposal PRIMARY KEY (id),
    CONSTRAINT uq_insp_risk_proposal UNIQUE (inspection_id, matter_id),
    CONSTRAINT fk_insp_risk_proposal_target FOREIGN KEY (credit_code) REFERENCES insp_target (credit_code),
    CONSTRAINT fk_insp_risk_proposal_inspection FOREIGN KEY (inspection_id) REFERENCES insp_inspection (id),
    CONSTRAINT fk_insp_risk_proposal_matter FOREIGN KEY (matter_id) REFERENCES insp_matter (id)
);
CREATE INDEX ix_insp_risk_proposal_state ON insp_risk_proposal (state, agency_code, id);

-- The target's level history (insp_target_history, written by the directory import) also keeps each change an
-- accepted proposal made, naming the proposal.
ALTER TABLE insp_target_history ADD COLUMN proposal_id BIGINT NULL;
ALTER TABLE insp_target_history ADD CONSTRAINT fk_insp_target_history_proposal
    FOREIGN KEY (proposal_id) REFERENCES insp_risk_proposal (id);
