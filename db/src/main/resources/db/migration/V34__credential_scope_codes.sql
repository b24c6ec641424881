-- The credential's scope (执法类别, 执法区域) as code lists on the credential row, written with the scope rows by the
-- transaction that issues or renews it, so that a public verification or a roster entry reads one row. The two
-- correlated GROUP_CONCAT subqueries they replace cost MariaDB two temporary tables per lookup: public verification
-- with 32 clients went from 2,560 to 4,050 req/s on 100,000 officers (docs/performance.md). The rows in
-- cred_credential_category and cred_credential_area stay the record of the scope and what the filters search.
-- Codes never contain a comma (they come from the dictionaries); 4,000 characters hold 570 division codes.
ALTER TABLE cred_credential ADD COLUMN category_codes VARCHAR(4000) NULL;
ALTER TABLE cred_credential ADD COLUMN area_codes VARCHAR(4000) NULL;

UPDATE cred_credential
SET category_codes = (SELECT GROUP_CONCAT(cc.category_code ORDER BY cc.category_code SEPARATOR ',')
                      FROM cred_credential_category cc WHERE cc.credential_id = cred_credential.id),
    area_codes = (SELECT GROUP_CONCAT(ca.area_code ORDER BY ca.area_code SEPARATOR ',')
                  FROM cred_credential_area ca WHERE ca.credential_id = cred_credential.id);
