-- Joint plans (部门联合双随机, issue 20 item 1): several matters, possibly of several agencies, one visit per firm.

-- The agency whose matter it is (its officers inspect it); null for matters entered before (a joint plan asks for it).
ALTER TABLE insp_matter ADD COLUMN agency_code VARCHAR(32) NULL;

-- The matters of a joint plan, the lead one (insp_plan.matter_id) among them; none for a plan of one matter.
CREATE TABLE insp_plan_matter (
    plan_id   BIGINT NOT NULL,
    matter_id BIGINT NOT NULL,
    CONSTRAINT pk_insp_plan_matter PRIMARY KEY (plan_id, matter_id),
    CONSTRAINT fk_insp_plan_matter_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id),
    CONSTRAINT fk_insp_plan_matter_matter FOREIGN KEY (matter_id) REFERENCES insp_matter (id)
);

-- Each participating agency confirms its matter and its officers before the seal.
CREATE TABLE insp_plan_confirmation (
    plan_id         BIGINT       NOT NULL,
    agency_code     VARCHAR(32)  NOT NULL,
    confirmed_by    VARCHAR(128) NOT NULL,
    confirmed_at_ms BIGINT       NOT NULL,
    CONSTRAINT pk_insp_plan_confirmation PRIMARY KEY (plan_id, agency_code),
    CONSTRAINT fk_insp_plan_confirmation_plan FOREIGN KEY (plan_id) REFERENCES insp_plan (id)
);

-- Which matters' scopes each sealed target of a joint plan falls in: its inspection covers them all.
CREATE TABLE insp_seal_target_matter (
    plan_id     BIGINT   NOT NULL,
    credit_code CHAR(18) NOT NULL,
    matter_id   BIGINT   NOT NULL,
    CONSTRAINT pk_insp_seal_target_matter PRIMARY KEY (plan_id, credit_code, matter_id),
    CONSTRAINT fk_insp_seal_target_matter_target FOREIGN KEY (plan_id, credit_code)
        REFERENCES insp_seal_target (plan_id, credit_code)
);

-- The inspector's agency as the seal froze it (a joint inspection's matter takes an officer of its agency).
ALTER TABLE insp_seal_inspector ADD COLUMN agency_code VARCHAR(32) NULL;
