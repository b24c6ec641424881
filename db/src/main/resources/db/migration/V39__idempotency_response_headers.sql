-- A replayed answer is the whole answer: the headers the first one carried (Location, Preference-Applied, ...) as a
-- JSON object of name -> values, beside its status, type and body. NULL for rows written before this release.
ALTER TABLE shr_idempotency_key ADD COLUMN response_headers TEXT NULL;
