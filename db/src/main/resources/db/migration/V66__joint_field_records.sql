-- Records of joint inspections (issue 17 + 20): an inspection covering several matters keeps the check list version
-- of each matter it covers, and its findings are keyed by matter and item (two matters' check lists may share an item
-- code). A record of one matter keeps one row here, as it kept one matter_id/checklist_version before.
CREATE TABLE insp_field_checklist (
    inspection_id      BIGINT NOT NULL,
    matter_id          BIGINT NOT NULL,
    checklist_version  INT    NOT NULL,
    CONSTRAINT pk_insp_field_checklist PRIMARY KEY (inspection_id, matter_id),
    CONSTRAINT fk_insp_field_checklist_record FOREIGN KEY (inspection_id) REFERENCES insp_field_record (inspection_id),
    CONSTRAINT fk_insp_field_checklist_list FOREIGN KEY (matter_id, checklist_version)
        REFERENCES insp_checklist (matter_id, version)
);
INSERT INTO insp_field_checklist (inspection_id, matter_id, checklist_version)
SELECT inspection_id, matter_id, checklist_version FROM insp_field_record;

ALTER TABLE insp_field_record DROP CONSTRAINT fk_insp_field_record_checklist;
ALTER TABLE insp_field_record DROP COLUMN matter_id;
ALTER TABLE insp_field_record DROP COLUMN checklist_version;

-- The findings, now by matter and item: the V61 table is copied into one keyed by (inspection, matter, item).
ALTER TABLE insp_field_finding RENAME TO insp_field_finding_v61;
CREATE TABLE insp_field_finding (
    inspection_id   BIGINT        NOT NULL,
    matter_id       BIGINT        NOT NULL,
    item_code       VARCHAR(40)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    note            VARCHAR(1000) NULL,
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_at_ms  BIGINT        NOT NULL,
    CONSTRAINT pk_insp_field_finding_matter PRIMARY KEY (inspection_id, matter_id, item_code),
    CONSTRAINT fk_insp_field_finding_matter FOREIGN KEY (inspection_id, matter_id)
        REFERENCES insp_field_checklist (inspection_id, matter_id)
);
INSERT INTO insp_field_finding (inspection_id, matter_id, item_code, outcome, note, recorded_by, recorded_at_ms)
SELECT f.inspection_id, c.matter_id, f.item_code, f.outcome, f.note, f.recorded_by, f.recorded_at_ms
FROM insp_field_finding_v61 f
JOIN insp_field_checklist c ON c.inspection_id = f.inspection_id;
DROP TABLE insp_field_finding_v61;

-- evidence-store: the matter a piece of evidence documents (its item is of that matter's check list); null when the
-- inspection covers one matter, or for evidence of the visit as a whole.
ALTER TABLE evd_evidence ADD COLUMN matter_id BIGINT NULL;
