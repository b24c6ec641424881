-- Issue 19: an exam belongs to the agency whose judicial bureau scheduled it (the agency of the scheduler's token);
-- NULL: a province-wide exam (scheduled by a token acting everywhere, and every exam scheduled before this
-- migration, when exams were not scoped: each stays open to every agency's candidates as it was).
ALTER TABLE exm_exam ADD COLUMN agency_code VARCHAR(32) NULL;
CREATE INDEX ix_exm_exam_agency ON exm_exam (agency_code, opens_at_ms);
