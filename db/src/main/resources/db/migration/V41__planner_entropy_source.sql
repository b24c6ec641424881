-- The entropy source fixed at the seal (issue 20 item 2), and a draw attempt recorded when it starts.

-- 外部随机数来源: a public source named at the plan's creation (e.g. "福彩3D 第2026345期 开奖号码") and the instant
-- its value becomes known. Null for plans that name none (their draw takes no external value).
ALTER TABLE insp_plan ADD COLUMN entropy_source VARCHAR(200) NULL;
ALTER TABLE insp_plan ADD COLUMN entropy_available_at_ms BIGINT NULL;

-- The rule the seal fixed for the external value of its draw: AT_DRAW (any value typed at the draw: every seal made
-- before this release, and any a server of the previous release makes during a rolling upgrade, hence the
-- default), NAMED_SOURCE (the seal committed to the named source: entropy_source_hash = sha256hex(description
-- + "\n" + availableAt)) or NONE (no source named: the draw takes no external value).
ALTER TABLE insp_seal ADD COLUMN entropy_rule VARCHAR(16) DEFAULT 'AT_DRAW' NOT NULL;
ALTER TABLE insp_seal ADD COLUMN entropy_source_hash CHAR(64) NULL;

-- An attempt is stored when it starts (outcome STARTED, before anything is computed) and completed when it ends
-- (DRAWN or FAILED, at ended_at_ms). Attempts stored before this release were stored when they ended.
ALTER TABLE insp_draw_attempt ADD COLUMN ended_at_ms BIGINT NULL;
UPDATE insp_draw_attempt SET ended_at_ms = attempted_at_ms;
