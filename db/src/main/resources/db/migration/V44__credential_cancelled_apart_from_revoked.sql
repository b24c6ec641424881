-- 注销 apart from 吊销: a credential withdrawn for a reason that is no penalty (the holder retired, departed,
-- left the post or the agency, is no longer qualified, or it was issued in error) is CANCELLED, not REVOKED,
-- so that a retiree does not look penalised. The history keeps its events as recorded.
UPDATE cred_credential
SET status = 'CANCELLED'
WHERE status = 'REVOKED'
  AND status_reason IN ('HOLDER_RETIRED', 'HOLDER_DEPARTED', 'HOLDER_OFF_POST', 'HOLDER_TRANSFERRED',
                        'NO_LONGER_QUALIFIED', 'ISSUED_IN_ERROR');
