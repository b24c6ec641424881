-- inspection-planner: an inspector must be on post (在编在岗) and not on the clean-up list (清理), besides holding an
-- ACTIVE credential (docs/domain: a retired officer whose credential still waits to be revoked does not inspect).
-- The inspector directory gains the holder's post status and the credential's clean-up reason (NULL when it is not
-- listed), so the planner excludes such officers at seal and tells the planner who and why. The clean-up list is
-- where credential-service's configured eligibility (employment types, agency) shows; post status is also read
-- directly so that a change of post shows even before the list is refreshed.
CREATE OR REPLACE VIEW cred_v_inspector AS
SELECT o.id AS officer_id, o.name, o.agency_code, c.credential_no AS credential_number, c.status,
       c.valid_from, c.valid_until, o.post_status, ci.reason AS cleanup_reason
FROM cred_credential c
JOIN cred_officer o ON o.id = c.officer_id
LEFT JOIN cred_cleanup_item ci ON ci.credential_id = c.id;
