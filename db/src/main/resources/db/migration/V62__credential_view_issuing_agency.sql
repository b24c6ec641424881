-- training-service: the published yearly duty (GET /api/v1/training/duties/{officerId}, the annual review across
-- servers) is for staff covering the holder's agency or the agency that issued one of the holder's credentials
-- (a transferred holder keeps the credential the reviewing bureau issued until it is renewed): the view names the
-- issuing agency too.
CREATE OR REPLACE VIEW cred_v_officer_credential AS
SELECT c.credential_no AS credential_number, c.officer_id, c.agency_code AS issuing_agency
FROM cred_credential c;
