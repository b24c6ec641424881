-- exam-service: each sitting keeps its saved answers and device switches in a hash chain of its own (docs/exams.md
-- "The audit record"), so that saving an answer locks the sitting's row only, not the head of the one audit chain
-- that every writer of every service shares. The chain is anchored in the audit chain: its first event links to the
-- hash of the sitting's EXAM_SITTING_STARTED event, and the take-over and submission events carry its head.

-- The sitting chain's head: how many events it holds and the hash of the last (before the first: the anchor).
ALTER TABLE exm_sitting ADD COLUMN chain_count INT NOT NULL DEFAULT 0;
ALTER TABLE exm_sitting ADD COLUMN chain_head CHAR(64);

-- Sittings started before this migration saved their answers as events of the audit chain; their own chain starts
-- empty from their start event.
UPDATE exm_sitting SET chain_head = (
    SELECT MAX(e.hash) FROM shr_audit_event e
    WHERE e.entity_type = 'exam-sitting' AND e.action = 'EXAM_SITTING_STARTED' AND e.entity_id = CONCAT('', exm_sitting.id));

-- An event of a sitting's chain, hashed exactly as an audit event (cn.zhifa.platform.audit.AuditChain.canonical) with
-- entity type 'exam-sitting', entity id the sitting's id and seq its number in the sitting's chain (1, 2, ...).
CREATE TABLE exm_sitting_event (
    sitting_id     BIGINT        NOT NULL,
    seq            BIGINT        NOT NULL,
    occurred_at_ms BIGINT        NOT NULL,
    actor_subject  VARCHAR(128)  NOT NULL,
    actor_role     VARCHAR(32)   NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    prev_hash      CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    CONSTRAINT pk_exm_sitting_event PRIMARY KEY (sitting_id, seq),
    CONSTRAINT fk_exm_sitting_event_sitting FOREIGN KEY (sitting_id) REFERENCES exm_sitting (id)
);
