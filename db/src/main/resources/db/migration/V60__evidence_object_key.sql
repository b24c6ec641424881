-- evidence-store's object store (issue 17, zhifa.evidence.store=s3): the key of the object that keeps a completed
-- upload once the object store confirmed it (size and SHA-256 read back); the staged file under the data directory is
-- then deleted. NULL: the file under the data directory (storage_path) is the kept copy (the file store, and
-- evidence completed before a switch to the object store).
ALTER TABLE evd_evidence ADD COLUMN object_key VARCHAR(1024) NULL;
