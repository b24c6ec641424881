-- credential-service publishes to exam-service what registering a candidate needs: the officer's agency, and
-- whether the officer holds the national legal professional qualification (法律职业资格), which exempts from
-- the comprehensive exam (综合法律知识考试).
CREATE VIEW cred_v_exam_candidate AS
SELECT o.id AS officer_id, o.name, o.agency_code, o.legal_qualification
FROM cred_officer o;
