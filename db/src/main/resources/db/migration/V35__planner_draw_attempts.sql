-- A draw no one can steer (issue 23): everything a draw depends on is fixed at the seal, and every draw attempt
-- is a public record whatever its outcome.

-- 抽取尝试: at most one per seal, by this key. A successful attempt is the plan's draw (insp_draw); a failed one
-- (e.g. too few inspectors) spends the seal and cancels the plan publicly with the attempt's reason, so no one can
-- draw again under the same seal with other external entropy until an acceptable draw comes out.
CREATE TABLE insp_draw_attempt (
    plan_id          BIGINT         NOT NULL,
    external_entropy VARCHAR(256)   NOT NULL,
    seed             CHAR(64)       NOT NULL,
    outcome          VARCHAR(16)    NOT NULL,
    problem_code     VARCHAR(64),
    reason           VARCHAR(2000),
    job_id           BIGINT,
    attempted_by     VARCHAR(128)   NOT NULL,
    attempted_at_ms  BIGINT         NOT NULL,
    CONSTRAINT pk_insp_draw_attempt PRIMARY KEY (plan_id),
    CONSTRAINT fk_insp_draw_attempt_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);
-- Draws stored before this release were attempts that succeeded (failed ones stored nothing then; the job
-- queue, shr_job, keeps their refusals).
INSERT INTO insp_draw_attempt (plan_id, external_entropy, seed, outcome, problem_code, reason, job_id, attempted_by,
                               attempted_at_ms)
SELECT plan_id, external_entropy, seed, 'DRAWN', NULL, NULL, job_id, drawn_by, drawn_at_ms FROM insp_draw;

-- Conflicts of interest (回避) count for a draw when declared up to this instant: the seal's, so that a conflict
-- declared after the seal cannot knock a target out of the draw. Null for draws before this release, which
-- counted conflicts up to the draw (drawn_at_ms); a replay follows the rule the draw was made under.
ALTER TABLE insp_draw ADD COLUMN conflicts_until_ms BIGINT NULL;

-- What the draw published of each drawn target, as it was at the draw: a later re-import of the directory
-- must not rename a published plan's target. Null only for rows that a server of the previous release draws
-- during a rolling upgrade; readers fall back to the directory's name for those (see docs/operations.md).
ALTER TABLE insp_inspection ADD COLUMN target_name VARCHAR(200) NULL;
UPDATE insp_inspection
SET target_name = (SELECT t.name FROM insp_target t WHERE t.credit_code = insp_inspection.credit_code);
