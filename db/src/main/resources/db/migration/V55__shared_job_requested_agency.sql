-- Issue 19: a queued job runs as its requester (shr_job.requested_by, requested_roles); it must also keep the
-- agency the requester acted for, so that the job sees and changes only what the requester could.
-- NULL: the requester's token named no agency (and jobs queued before this migration).
ALTER TABLE shr_job ADD COLUMN requested_agency VARCHAR(32);
