-- Issue 17: how long a matter's inspection records and evidence are kept (音像资料归档保存), in years;
-- NULL: the planner's default (zhifa.planner.retention-years, 30).
ALTER TABLE insp_matter ADD COLUMN retention_years INT NULL;
