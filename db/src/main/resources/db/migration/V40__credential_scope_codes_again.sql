-- The scope code lists of V34 derived once more from the scope rows, for every credential: a server of the release
-- before V34, still running during that rolling upgrade, issued credentials without lists and renewed some with the
-- lists of their previous term. After this pass every credential's lists equal its rows, and the public pages read
-- the lists alone (their fallback to the rows is gone). Upgrading from a release before V34 therefore goes through the
-- release that brought V34 first (docs/operations.md, "Migrations and upgrades").
UPDATE cred_credential
SET category_codes = (SELECT GROUP_CONCAT(cc.category_code ORDER BY cc.category_code SEPARATOR ',')
                      FROM cred_credential_category cc WHERE cc.credential_id = cred_credential.id),
    area_codes = (SELECT GROUP_CONCAT(ca.area_code ORDER BY ca.area_code SEPARATOR ',')
                  FROM cred_credential_area ca WHERE ca.credential_id = cred_credential.id);
