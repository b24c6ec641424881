-- Results per matter within a joint inspection (issue 20 item 1: 一次检查、多项事项、分别出具结果).
-- An inspection of a joint plan covers every matter whose scope its target falls in (insp_seal_target_matter);
-- each covered matter gets its own result here, recorded by the planner or a team officer of the matter's agency.
-- A plan of one matter keeps its one result on insp_inspection (result_code, inspected_on, note) as before:
-- the rows below exist only for inspections of joint plans, so each result has exactly one place.
CREATE TABLE insp_inspection_matter_result (
    inspection_id         BIGINT        NOT NULL,
    matter_id             BIGINT        NOT NULL,
    result_code           VARCHAR(32)   NOT NULL,
    inspected_on          DATE          NOT NULL,
    note                  VARCHAR(2000),
    result_recorded_by    VARCHAR(128)  NOT NULL,
    result_recorded_at_ms BIGINT        NOT NULL,
    CONSTRAINT pk_insp_inspection_matter_result PRIMARY KEY (inspection_id, matter_id),
    CONSTRAINT fk_insp_inspection_matter_result_inspection FOREIGN KEY (inspection_id) REFERENCES insp_inspection (id),
    CONSTRAINT fk_insp_inspection_matter_result_matter FOREIGN KEY (matter_id) REFERENCES insp_matter (id),
    CONSTRAINT fk_insp_inspection_matter_result_code FOREIGN KEY (result_code) REFERENCES shr_result_code (code)
);
