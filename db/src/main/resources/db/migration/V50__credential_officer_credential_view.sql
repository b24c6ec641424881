-- training-service: a trainer names an attendee by the number on the credential (执法证号) as well as by the
-- identity number; every credential the officer has held, in any status, names its holder (a sign-in sheet may
-- carry the number of a card since renewed or withdrawn). A credential number identifies the row.
CREATE VIEW cred_v_officer_credential AS
SELECT c.credential_no AS credential_number, c.officer_id
FROM cred_credential c;
